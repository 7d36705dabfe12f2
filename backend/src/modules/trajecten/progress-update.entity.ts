import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MilestoneStatus, ProgressUpdateStatus } from './trajecten.enums.js';

export interface MilestoneChange {
  milestoneId: string;
  status: MilestoneStatus;
}

/** A voortgangsbericht: draft → scheduled → published; milestone changes are applied when it is published. */
@Entity({ name: 'progress_updates' })
export class ProgressUpdateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'traject_id', type: 'uuid' }) trajectId: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ type: 'text' }) title: string;
  /** Markdown. */
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text' }) status: ProgressUpdateStatus;
  @Column({ name: 'publish_at', type: 'timestamptz', nullable: true }) publishAt: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  /** Set when a published update is edited ("bijgewerkt"). */
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true }) editedAt: Date | null;
  @Column({ name: 'milestone_changes', type: 'jsonb' }) milestoneChanges: MilestoneChange[];
  @Column({ name: 'attach_progress', type: 'boolean' }) attachProgress: boolean;
  @Column({ name: 'progress_snapshot', type: 'smallint', nullable: true }) progressSnapshot: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** The title and body an update had before an edit after publishing. */
@Entity({ name: 'progress_update_revisions' })
export class ProgressUpdateRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'update_id', type: 'uuid' }) updateId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) body: string;
  @Column({ name: 'edited_by', type: 'uuid', nullable: true }) editedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
