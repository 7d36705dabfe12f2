import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IndicatorAggregation } from '../catalogue.enums.js';

/** The definition of a profile figure (I-Monitor score, population, staff, …) and how it merges. */
@Entity({ name: 'indicators' })
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', unique: true }) key: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) unit: string | null;
  @Column({ type: 'text' }) source: string;
  @Column({ name: 'min_value', type: 'double precision', nullable: true }) minValue: number | null;
  @Column({ name: 'max_value', type: 'double precision', nullable: true }) maxValue: number | null;
  @Column({ type: 'text' }) aggregation: IndicatorAggregation;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
