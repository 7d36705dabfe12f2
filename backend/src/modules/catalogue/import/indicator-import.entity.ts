import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One committed import of indicator values: its source, year, file hash and who ran it. */
@Entity({ name: 'indicator_imports' })
export class IndicatorImportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) source: string;
  @Column({ type: 'integer', nullable: true }) year: number | null;
  @Column({ type: 'integer', array: true, default: () => `'{}'` }) years: number[];
  @Column({ name: 'file_name', type: 'text', nullable: true }) fileName: string | null;
  @Column({ name: 'file_hash', type: 'text' }) fileHash: string;
  @Column({ type: 'text' }) format: 'CSV' | 'JSON' | 'DEMO';
  @Column({ type: 'text', nullable: true }) shape: 'WIDE' | 'LONG' | null;
  @Column({ type: 'text', nullable: true }) encoding: string | null;
  @Column({ type: 'text' }) via: 'WEB' | 'CLI' | 'DEMO';
  @Column({ name: 'row_count', type: 'integer', default: 0 }) rowCount: number;
  @Column({ name: 'value_count', type: 'integer', default: 0 }) valueCount: number;
  @Column({ name: 'new_count', type: 'integer', default: 0 }) newCount: number;
  @Column({ name: 'changed_count', type: 'integer', default: 0 }) changedCount: number;
  @Column({ name: 'unchanged_count', type: 'integer', default: 0 }) unchangedCount: number;
  @Column({ name: 'skipped_count', type: 'integer', default: 0 }) skippedCount: number;
  @Column({ name: 'imported_by', type: 'uuid', nullable: true }) importedBy: string | null;
  @Column({ name: 'run_by', type: 'text' }) runBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
