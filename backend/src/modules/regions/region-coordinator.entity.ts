import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'region_coordinators' })
export class RegionCoordinatorEntity {
  @PrimaryColumn({ name: 'region_id', type: 'uuid' }) regionId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'appointed_by', type: 'uuid', nullable: true }) appointedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
