import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TrajectRole } from './trajecten.enums.js';

@Entity({ name: 'traject_members' })
export class TrajectMemberEntity {
  @PrimaryColumn({ name: 'traject_id', type: 'uuid' }) trajectId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) role: TrajectRole;
  @Column({ name: 'appointed_by', type: 'uuid', nullable: true }) appointedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
