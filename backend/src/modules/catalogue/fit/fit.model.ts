import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../common/pagination.js';
import { Bestuur } from '../../regions/regions.model.js';
import { AdoptionStatus, RequirementLevel, StepKind } from '../catalogue.enums.js';
import { Capability } from '../capabilities/capabilities.model.js';
import { Indicator } from '../profiles/indicator.model.js';
import { Solution } from '../solutions/solution.model.js';

export enum FitAspect {
  TECHNICAL = 'TECHNICAL',
  SIZE = 'SIZE',
  MATURITY = 'MATURITY',
  PEERS = 'PEERS',
  TRAJECT = 'TRAJECT',
}
registerEnumType(FitAspect, { name: 'FitAspect', description: 'What an explanation of a fit is about' });

@ObjectType()
export class CapabilityCheck {
  @Field(() => Capability) capability: Capability;
  @Field(() => RequirementLevel) level: RequirementLevel;
  @Field({ description: 'The bestuur has this capability' }) present: boolean;
}

@ObjectType()
export class PrerequisiteCheck {
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => Float) minValue: number;
  @Field(() => Float, { nullable: true, description: "The bestuur's latest value; null when unknown" }) value: number | null;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => String, { nullable: true }) source: string | null;
  @Field({ description: 'Value known and at least minValue' }) met: boolean;
}

@ObjectType()
export class TechnicalReadiness {
  @Field(() => Int, { description: '0 to 40' }) score: number;
  @Field(() => [CapabilityCheck]) requirements: CapabilityCheck[];
  @Field(() => [Capability], { description: 'Required capabilities the bestuur lacks' }) missing: Capability[];
}

@ObjectType()
export class OrganisationalFit {
  @Field(() => Int, { description: '0 to 30' }) score: number;
  @Field(() => Int, { nullable: true }) population: number | null;
  @Field(() => Int, { nullable: true }) populationMin: number | null;
  @Field(() => Int, { nullable: true }) populationMax: number | null;
  @Field({ description: 'True when the solution sets no size range' }) sizeInRange: boolean;
  @Field(() => [PrerequisiteCheck]) prerequisites: PrerequisiteCheck[];
}

@ObjectType()
export class PeerAdopter {
  @Field(() => Bestuur) bestuur: Bestuur;
  @Field(() => AdoptionStatus) status: AdoptionStatus;
  @Field() sameRegion: boolean;
  @Field({ description: 'Between half and twice as many inhabitants' }) similarSize: boolean;
}

@ObjectType()
export class PeerFit {
  @Field(() => Int, { description: '0 to 20' }) score: number;
  @Field(() => Int, { description: 'Besturen in the same region or of similar size that use it (in implementatie or in gebruik)' })
  count: number;
  @Field(() => [PeerAdopter], { description: 'Up to 10 of them: same region first, then by name' }) besturen: PeerAdopter[];
}

@ObjectType()
export class TrajectReference {
  @Field() slug: string;
  @Field() name: string;
}

@ObjectType({ description: 'Relevance to the trajects the bestuur takes part in (empty until trajects are linked)' })
export class TrajectRelevance {
  @Field(() => Int, { description: '0 to 10' }) score: number;
  @Field(() => [TrajectReference]) trajects: TrajectReference[];
}

@ObjectType({ description: 'One sentence of explanation, in Dutch' })
export class FitExplanation {
  @Field(() => FitAspect) aspect: FitAspect;
  @Field({ description: 'Speaks for the solution (true) or names a gap (false)' }) met: boolean;
  @Field() message: string;
}

@ObjectType({ description: "A checklist step, ticked when the bestuur's profile already covers it" })
export class PlanStep {
  @Field() title: string;
  @Field(() => StepKind) kind: StepKind;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Capability, { nullable: true }) capability: Capability | null;
  @Field() done: boolean;
}

@ObjectType({ description: 'How well a solution fits a bestuur, and why' })
export class SolutionFit {
  @Field(() => Solution) solution: Solution;
  @Field(() => Int, { description: '0 to 100: technical + organisational + peers + trajects' }) score: number;
  @Field(() => Int, { description: 'Position in the ranking of all solutions for this bestuur (1 = best)' }) rank: number;
  @Field(() => TechnicalReadiness) technical: TechnicalReadiness;
  @Field(() => OrganisationalFit) organisational: OrganisationalFit;
  @Field(() => PeerFit) peers: PeerFit;
  @Field(() => TrajectRelevance) trajects: TrajectRelevance;
  @Field(() => [FitExplanation]) explanations: FitExplanation[];
  @Field(() => [String], { description: '"Wat heeft u nog nodig": the gaps, in Dutch' }) gaps: string[];
  @Field(() => [PlanStep], { description: 'Implementation plan with covered steps ticked' }) plan: PlanStep[];
  @Field(() => AdoptionStatus, { nullable: true, description: "The bestuur's own status for this solution" })
  adoptionStatus: AdoptionStatus | null;
}

@ObjectType()
export class SolutionFitConnection extends Connection(SolutionFit, 'Solutions ranked by fit for one bestuur') {}
