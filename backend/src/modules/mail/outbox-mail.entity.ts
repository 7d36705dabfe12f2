import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum MailStatus {
  PENDING = 'PENDING',
  /** Claimed by a sender and handed to SMTP; recorded as SENT once SMTP accepted it. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** No SMTP configured: kept in the database and shown to administrators. */
  STORED = 'STORED',
  FAILED = 'FAILED',
}

@Entity({ name: 'outbox_mails' })
export class OutboxMailEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'to_address', type: 'text' }) to: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ name: 'text_body', type: 'text' }) text: string;
  @Column({ name: 'html_body', type: 'text', nullable: true }) html: string | null;
  @Column({ type: 'text', default: MailStatus.PENDING }) status: MailStatus;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' }) nextAttemptAt: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  /** Extra headers such as List-Unsubscribe. */
  @Column({ type: 'jsonb', nullable: true }) headers: Record<string, string> | null;
  @Column({ name: 'claim_token', type: 'uuid', nullable: true }) claimToken: string | null;
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true }) claimedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
