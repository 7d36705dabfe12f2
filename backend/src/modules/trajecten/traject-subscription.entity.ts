import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ParticipationStatus, SubscriptionLevel } from './trajecten.enums.js';

/** A person taking part (DEELNEMEN, a request for their bestuur) or following (VOLGEN) a traject. */
@Entity({ name: 'traject_subscriptions' })
export class TrajectSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'traject_id', type: 'uuid' }) trajectId: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) level: SubscriptionLevel;
  @Column({ name: 'request_status', type: 'text', nullable: true }) requestStatus: ParticipationStatus | null;
  @Column({ name: 'request_message', type: 'text', nullable: true }) requestMessage: string | null;
  /** The bestuur the request was made for (the person's bestuur at the time). */
  @Column({ name: 'bestuur_id', type: 'uuid', nullable: true }) bestuurId: string | null;
  @Column({ name: 'decision_message', type: 'text', nullable: true }) decisionMessage: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
