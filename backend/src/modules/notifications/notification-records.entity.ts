import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NotificationDelivery } from './notifications.enums.js';

/** A person's choice of e-mail delivery for one type; without a row the type's default applies. */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @PrimaryColumn({ type: 'text' }) type: string;
  @Column({ type: 'text' }) delivery: NotificationDelivery;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One digest for one person and period, claimed once across instances. */
@Entity({ name: 'digest_runs' })
export class DigestRunEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) frequency: string;
  @Column({ name: 'period_key', type: 'text' }) periodKey: string;
  @Column({ name: 'item_count', type: 'integer', default: 0 }) itemCount: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Where the notification consumer is in each event log. */
@Entity({ name: 'notification_cursors' })
export class NotificationCursorEntity {
  @PrimaryColumn({ type: 'text' }) source: string;
  @Column({ type: 'bigint' }) position: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
