import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { RolloutStatus } from './trajecten.enums.js';

/** A municipality's place in a traject; NIET_BETROKKEN is the absence of a row. */
@Entity({ name: 'traject_rollout' })
export class TrajectRolloutEntity {
  @PrimaryColumn({ name: 'traject_id', type: 'uuid' }) trajectId: string;
  @PrimaryColumn({ name: 'bestuur_id', type: 'uuid' }) bestuurId: string;
  @Column({ type: 'text' }) status: Exclude<RolloutStatus, RolloutStatus.NIET_BETROKKEN>;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
