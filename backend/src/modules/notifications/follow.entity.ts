import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FollowLevel, FollowTargetType } from './notifications.enums.js';

/** A person following a thread, space, traject or solution at a level. */
@Entity({ name: 'follows' })
export class FollowEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'target_type', type: 'text' }) targetType: FollowTargetType;
  @Column({ name: 'target_id', type: 'uuid' }) targetId: string;
  @Column({ type: 'text' }) level: FollowLevel;
  /** Set by the platform (posting, appointment, team, subscription) rather than chosen. */
  @Column({ type: 'boolean', default: false }) auto: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
