import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ProgressMode } from './trajecten.enums.js';

/** Every change of a traject's progress, so the page can draw progress over time. */
@Entity({ name: 'traject_progress' })
export class TrajectProgressEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'traject_id', type: 'uuid' }) trajectId: string;
  @Column({ type: 'smallint' }) progress: number;
  @Column({ type: 'text' }) mode: ProgressMode;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'changed_by', type: 'uuid', nullable: true }) changedBy: string | null;
  @Column({ name: 'update_id', type: 'uuid', nullable: true }) updateId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
