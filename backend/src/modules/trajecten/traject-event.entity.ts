import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TrajectEventType } from './trajecten.enums.js';

/** The ordered log of a traject's changes, written in the transaction of the change; the notifications outbox. */
@Entity({ name: 'traject_events' })
export class TrajectEventEntity {
  // bigint: pg returns it as a string, which is also how the API passes positions around.
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) position: string;
  @Column({ name: 'traject_id', type: 'uuid' }) trajectId: string;
  @Column({ type: 'text' }) type: TrajectEventType;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
