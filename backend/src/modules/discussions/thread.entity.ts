import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ThreadKind {
  VRAAG = 'VRAAG',
  DISCUSSIE = 'DISCUSSIE',
  MEDEDELING = 'MEDEDELING',
}

export enum ThreadStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}

@Entity({ name: 'threads' })
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'space_id', type: 'uuid' }) spaceId: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ type: 'text' }) kind: ThreadKind;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) body: string;
  @Column({ name: 'body_html', type: 'text' }) bodyHtml: string;
  @Column({ name: 'html_version', type: 'smallint' }) htmlVersion: number;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) tags: string[];
  @Column({ type: 'text', default: ThreadStatus.OPEN }) status: ThreadStatus;
  @Column({ name: 'members_only', type: 'boolean', default: false }) membersOnly: boolean;
  @Column({ type: 'boolean', default: false }) pinned: boolean;
  @Column({ type: 'boolean', default: false }) locked: boolean;
  @Column({ name: 'accepted_comment_id', type: 'uuid', nullable: true }) acceptedCommentId: string | null;
  @Column({ name: 'mentioned_user_ids', type: 'uuid', array: true, default: () => `'{}'` }) mentionedUserIds: string[];
  @Column({ name: 'reply_count', type: 'integer', default: 0 }) replyCount: number;
  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => `date_trunc('milliseconds', now())` }) lastActivityAt: Date;
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true }) editedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
