import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A capability a bestuur has, as its members say. */
@Entity({ name: 'bestuur_capabilities' })
export class BestuurCapabilityEntity {
  @PrimaryColumn({ name: 'bestuur_id', type: 'uuid' }) bestuurId: string;
  @PrimaryColumn({ name: 'capability_id', type: 'uuid' }) capabilityId: string;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
