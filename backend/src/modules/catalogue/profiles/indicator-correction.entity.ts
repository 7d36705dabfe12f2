import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CorrectionStatus } from '../catalogue.enums.js';

/** A member's proposal to correct an imported figure; it changes nothing until an administrator accepts it. */
@Entity({ name: 'indicator_corrections' })
export class IndicatorCorrectionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'bestuur_id', type: 'uuid' }) bestuurId: string;
  @Column({ name: 'indicator_id', type: 'uuid' }) indicatorId: string;
  @Column({ type: 'integer' }) year: number;
  @Column({ name: 'current_value', type: 'double precision', nullable: true }) currentValue: number | null;
  @Column({ name: 'proposed_value', type: 'double precision' }) proposedValue: number;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'text', default: 'PENDING' }) status: CorrectionStatus;
  @Column({ name: 'proposed_by', type: 'uuid', nullable: true }) proposedBy: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'decision_note', type: 'text', nullable: true }) decisionNote: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
