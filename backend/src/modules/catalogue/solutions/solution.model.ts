import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../common/pagination.js';
import { MaintenanceType, RequirementLevel, SolutionDomain, SolutionMaturity, SolutionType, StepKind } from '../catalogue.enums.js';
import { Capability } from '../capabilities/capabilities.model.js';
import { Indicator } from '../profiles/indicator.model.js';

@ObjectType({ description: 'A contact person for a solution' })
export class SolutionContact {
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) affiliation: string | null;
}

@ObjectType()
export class SolutionLink {
  @Field() label: string;
  @Field() url: string;
}

@ObjectType({ description: 'A technical requirement: a capability, required or recommended' })
export class CapabilityRequirement {
  @Field(() => Capability) capability: Capability;
  @Field(() => RequirementLevel) level: RequirementLevel;
}

@ObjectType({ description: 'A maturity prerequisite: an indicator at or above a level' })
export class MaturityPrerequisite {
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => Float) minValue: number;
}

@ObjectType({ description: 'One step of the implementation checklist' })
export class ImplementationStep {
  @Field() title: string;
  @Field(() => StepKind) kind: StepKind;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Capability, { nullable: true, description: 'A bestuur that has this capability has this step covered' })
  capability?: Capability | null;
}

@ObjectType({ description: 'A solution in the Oplossingencatalogus' })
export class Solution {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable name in URLs' }) slug: string;
  @Field() name: string;
  @Field({ description: 'Short description, at most 150 characters' }) summary: string;
  @Field({ description: 'Long description (Markdown)' }) description: string;
  @Field(() => SolutionType) type: SolutionType;
  @Field(() => [SolutionDomain]) domains: SolutionDomain[];
  @Field(() => String, { nullable: true }) provider: string | null;
  @Field(() => String, { nullable: true, description: 'SPDX licence expression' }) licence: string | null;
  @Field() openSource: boolean;
  @Field(() => String, { nullable: true }) costIndication: string | null;
  @Field(() => SolutionMaturity) maturity: SolutionMaturity;
  @Field(() => MaintenanceType, { nullable: true }) maintenanceType: MaintenanceType | null;
  @Field(() => String, { nullable: true, description: 'Maintained until (YYYY-MM-DD)' }) maintenanceUntil: string | null;
  @Field(() => [SolutionContact]) contacts: SolutionContact[];
  @Field(() => [SolutionLink]) links: SolutionLink[];
  @Field(() => [String], { description: 'Standards supported' }) standards: string[];
  @Field(() => [String]) features: string[];
  @Field(() => [String], { description: 'Slugs of related trajects (linked once trajects exist)' }) relatedTrajectSlugs: string[];
  @Field(() => [String], { description: 'Processes the solution changes' }) processes: string[];
  @Field(() => [String], { description: 'Roles it needs, e.g. DPO, proceseigenaar' }) roles: string[];
  @Field(() => Int, { nullable: true }) effortMinDays: number | null;
  @Field(() => Int, { nullable: true }) effortMaxDays: number | null;
  @Field(() => Int, { nullable: true, description: 'Smallest bestuur it suits (inhabitants)' }) populationMin: number | null;
  @Field(() => Int, { nullable: true, description: 'Largest bestuur it suits (inhabitants)' }) populationMax: number | null;
  @Field(() => String, { nullable: true, description: 'Change-management notes' }) changeNotes: string | null;
  @Field({ description: 'Part of the demo data' }) isDemo: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType()
export class SolutionConnection extends Connection(Solution, 'A page of solutions, by name') {}
