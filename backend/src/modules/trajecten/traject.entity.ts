import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Pillar, ProgressMode, TrajectPhase, TrajectStatus, TrajectVisibility } from './trajecten.enums.js';

@Entity({ name: 'trajects' })
export class TrajectEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', unique: true }) slug: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) summary: string;
  /** Markdown. */
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text' }) phase: TrajectPhase;
  @Column({ type: 'text', array: true }) pillars: Pillar[];
  @Column({ type: 'text' }) status: TrajectStatus;
  @Column({ type: 'text' }) visibility: TrajectVisibility;
  @Column({ name: 'start_date', type: 'date', nullable: true }) startDate: string | null;
  @Column({ name: 'target_date', type: 'date', nullable: true }) targetDate: string | null;
  @Column({ type: 'text', array: true }) partners: string[];
  /** Current progress (0–100): the milestone roll-up, or the lead's value in MANUAL mode. */
  @Column({ type: 'smallint' }) progress: number;
  @Column({ name: 'progress_mode', type: 'text' }) progressMode: ProgressMode;
  @Column({ name: 'progress_reason', type: 'text', nullable: true }) progressReason: string | null;
  // seam: the traject's werkruimte space (discussions module); set when that module lands.
  @Column({ name: 'space_id', type: 'uuid', nullable: true }) spaceId: string | null;
  @Column({ name: 'is_demo', type: 'boolean', default: false }) isDemo: boolean;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
