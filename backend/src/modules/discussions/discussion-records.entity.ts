import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An earlier version of a comment (or of a thread's opening post, with comment_id null). */
@Entity({ name: 'post_revisions' })
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'thread_id', type: 'uuid' }) threadId: string;
  @Column({ name: 'comment_id', type: 'uuid', nullable: true }) commentId: string | null;
  @Column({ name: 'editor_id', type: 'uuid', nullable: true }) editorId: string | null;
  @Column({ type: 'text', nullable: true }) title: string | null;
  @Column({ type: 'text' }) body: string;
  @Column({ name: 'written_at', type: 'timestamptz' }) writtenAt: Date;
  /** When this version was replaced. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'comment_reactions' })
export class CommentReactionEntity {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid' }) commentId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @PrimaryColumn({ type: 'text', default: 'NUTTIG' }) kind: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'thread_reads' })
export class ThreadReadEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' }) threadId: string;
  @Column({ name: 'last_read_at', type: 'timestamptz' }) lastReadAt: Date;
}

@Entity({ name: 'thread_participants' })
export class ThreadParticipantEntity {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' }) threadId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'post_count', type: 'integer', default: 1 }) postCount: number;
  @Column({ name: 'first_posted_at', type: 'timestamptz' }) firstPostedAt: Date;
  @Column({ name: 'last_posted_at', type: 'timestamptz' }) lastPostedAt: Date;
}

export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}

@Entity({ name: 'discussion_reports' })
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'thread_id', type: 'uuid' }) threadId: string;
  @Column({ name: 'comment_id', type: 'uuid', nullable: true }) commentId: string | null;
  @Column({ name: 'reporter_id', type: 'uuid', nullable: true }) reporterId: string | null;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'text', default: ReportStatus.OPEN }) status: ReportStatus;
  @Column({ name: 'resolved_by', type: 'uuid', nullable: true }) resolvedBy: string | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One entry of the ordered log: written in the same transaction as the change it records. */
@Entity({ name: 'space_events' })
export class SpaceEventEntity {
  /** bigint identity; a string in JavaScript. */
  @PrimaryColumn({ type: 'bigint', insert: false, update: false }) position: string;
  @Column({ name: 'space_id', type: 'uuid' }) spaceId: string;
  @Column({ name: 'thread_id', type: 'uuid', nullable: true }) threadId: string | null;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'text' }) type: string;
  @Column({ type: 'jsonb', default: () => `'{}'` }) payload: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'space_event_cursors' })
export class SpaceEventCursorEntity {
  @PrimaryColumn({ type: 'text' }) consumer: string;
  @Column({ type: 'bigint' }) position: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
