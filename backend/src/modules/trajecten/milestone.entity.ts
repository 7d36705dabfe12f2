import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MilestoneStatus } from './trajecten.enums.js';

@Entity({ name: 'milestones' })
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'traject_id', type: 'uuid' }) trajectId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) description: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate: string;
  @Column({ type: 'text' }) status: MilestoneStatus;
  /** Share in the progress roll-up; 0 means the milestone does not count. */
  @Column({ type: 'integer' }) weight: number;
  @Column({ name: 'reached_at', type: 'timestamptz', nullable: true }) reachedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
