import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One figure of one bestuur for one year, with where it came from. */
@Entity({ name: 'indicator_values' })
export class IndicatorValueEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'bestuur_id', type: 'uuid' }) bestuurId: string;
  @Column({ name: 'indicator_id', type: 'uuid' }) indicatorId: string;
  @Column({ type: 'integer' }) year: number;
  @Column({ type: 'double precision' }) value: number;
  @Column({ type: 'text' }) source: string;
  @Column({ name: 'import_id', type: 'uuid', nullable: true }) importId: string | null;
  @Column({ name: 'correction_id', type: 'uuid', nullable: true }) correctionId: string | null;
  @Column({ name: 'is_demo', type: 'boolean', default: false }) isDemo: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
