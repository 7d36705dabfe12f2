import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationContextKind, NotificationDelivery, NotificationType } from './notifications.enums.js';

/** One notification for one person, as the bell lists it and the mails describe it. */
@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId: string;
  @Column({ type: 'text' }) type: NotificationType;
  @Column({ type: 'text' }) source: string;
  /** bigint: a string in JavaScript. */
  @Column({ type: 'bigint' }) position: string;
  @Column({ name: 'dedupe_key', type: 'text' }) dedupeKey: string;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  /** The actor's name when it happened, for mails and for an actor who has since left. */
  @Column({ name: 'actor_name', type: 'text', nullable: true }) actorName: string | null;
  @Column({ name: 'subject_title', type: 'text' }) subjectTitle: string;
  @Column({ type: 'text', nullable: true }) excerpt: string | null;
  @Column({ name: 'context_kind', type: 'text' }) contextKind: NotificationContextKind;
  @Column({ name: 'context_id', type: 'uuid', nullable: true }) contextId: string | null;
  @Column({ name: 'context_title', type: 'text', nullable: true }) contextTitle: string | null;
  /** Path in the app (deep link), without the origin. */
  @Column({ type: 'text' }) link: string;
  @Column({ name: 'thread_id', type: 'uuid', nullable: true }) threadId: string | null;
  @Column({ name: 'comment_id', type: 'uuid', nullable: true }) commentId: string | null;
  @Column({ name: 'traject_id', type: 'uuid', nullable: true }) trajectId: string | null;
  @Column({ name: 'update_id', type: 'uuid', nullable: true }) updateId: string | null;
  /** Type-specific facts for the wording (a role, a decision, what a moderator did). */
  @Column({ type: 'jsonb', default: () => `'{}'` }) details: Record<string, unknown>;
  @Column({ name: 'email_delivery', type: 'text' }) emailDelivery: NotificationDelivery;
  @Column({ name: 'digest_run_id', type: 'uuid', nullable: true }) digestRunId: string | null;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
