import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum SpaceKind {
  CENTRAL = 'CENTRAL',
  REGION = 'REGION',
  TRAJECT = 'TRAJECT',
}

export enum SpaceVisibility {
  /** Every signed-in person reads it. */
  PUBLIC = 'PUBLIC',
  /** Only its members (as the owning module says), its moderators and administrators. */
  MEMBERS = 'MEMBERS',
}

@Entity({ name: 'spaces' })
export class SpaceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: SpaceKind;
  @Column({ name: 'region_id', type: 'uuid', nullable: true }) regionId: string | null;
  /** For a traject space: the traject's id (owned by another module, so no foreign key). */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true }) ownerId: string | null;
  @Column({ type: 'text', unique: true }) slug: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', default: SpaceVisibility.PUBLIC }) visibility: SpaceVisibility;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** People who moderate a space besides its kind's own rule (traject leads). */
@Entity({ name: 'space_moderators' })
export class SpaceModeratorEntity {
  @PrimaryColumn({ name: 'space_id', type: 'uuid' }) spaceId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
