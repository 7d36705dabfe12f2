import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AdoptionStatus } from '../catalogue.enums.js';

/** A bestuur's status for one solution, with dates, a note and optionally a contact person for peers. */
@Entity({ name: 'adoptions' })
export class AdoptionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'bestuur_id', type: 'uuid' }) bestuurId: string;
  @Column({ name: 'solution_id', type: 'uuid' }) solutionId: string;
  @Column({ type: 'text' }) status: AdoptionStatus;
  @Column({ name: 'start_date', type: 'date', nullable: true }) startDate: string | null;
  @Column({ name: 'end_date', type: 'date', nullable: true }) endDate: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'contact_user_id', type: 'uuid', nullable: true }) contactUserId: string | null;
  @Column({ name: 'is_demo', type: 'boolean', default: false }) isDemo: boolean;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
