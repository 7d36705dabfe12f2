import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum BestuurKind {
  MUNICIPALITY = 'MUNICIPALITY',
  PARTNER = 'PARTNER',
}

@Entity({ name: 'besturen' })
export class BestuurEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** NIS code for a municipality, a short code (vvsg, v-ict-or) for a partner organisation. */
  @Column({ type: 'text', unique: true }) code: string;
  @Column({ name: 'nis_code', type: 'text', nullable: true, unique: true }) nisCode: string | null;
  @Column({ type: 'text' }) kind: BestuurKind;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) province: string | null;
  @Column({ type: 'text', nullable: true }) arrondissement: string | null;
  @Column({ type: 'integer', nullable: true }) population: number | null;
  @Index()
  @Column({ name: 'region_id', type: 'uuid', nullable: true }) regionId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
