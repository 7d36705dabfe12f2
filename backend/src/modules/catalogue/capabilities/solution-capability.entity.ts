import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RequirementLevel } from '../catalogue.enums.js';

/** A solution's technical requirement: a capability, required or recommended. */
@Entity({ name: 'solution_capabilities' })
export class SolutionCapabilityEntity {
  @PrimaryColumn({ name: 'solution_id', type: 'uuid' }) solutionId: string;
  @PrimaryColumn({ name: 'capability_id', type: 'uuid' }) capabilityId: string;
  @Column({ type: 'text' }) level: RequirementLevel;
}
