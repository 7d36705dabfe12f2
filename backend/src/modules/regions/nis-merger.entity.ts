import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Former NIS code → the municipality it became on 1 January 2025; imports of older data need it. */
@Entity({ name: 'nis_mergers' })
export class NisMergerEntity {
  @PrimaryColumn({ name: 'old_nis_code', type: 'text' }) oldNisCode: string;
  @Column({ name: 'old_name', type: 'text' }) oldName: string;
  @Column({ name: 'new_nis_code', type: 'text' }) newNisCode: string;
  @Column({ name: 'effective_on', type: 'date' }) effectiveOn: string;
}
