import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A maturity prerequisite: the bestuur's latest value of an indicator must be at least `minValue`. */
@Entity({ name: 'solution_prerequisites' })
export class SolutionPrerequisiteEntity {
  @PrimaryColumn({ name: 'solution_id', type: 'uuid' }) solutionId: string;
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' }) indicatorId: string;
  @Column({ name: 'min_value', type: 'double precision' }) minValue: number;
}
