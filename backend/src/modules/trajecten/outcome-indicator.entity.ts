import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

// numeric comes back from pg as a string; the API speaks numbers.
const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A measurable outcome, e.g. "dagen tussen overlijden en akte", with a baseline and measured values. */
@Entity({ name: 'outcome_indicators' })
export class OutcomeIndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'traject_id', type: 'uuid' }) trajectId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) unit: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'numeric', transformer: numeric }) baseline: number;
  @Column({ type: 'numeric', nullable: true, transformer: numeric }) target: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity({ name: 'indicator_measurements' })
export class IndicatorMeasurementEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'indicator_id', type: 'uuid' }) indicatorId: string;
  @Column({ type: 'numeric', transformer: numeric }) value: number;
  @Column({ name: 'measured_on', type: 'date' }) measuredOn: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
