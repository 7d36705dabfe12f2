import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../common/pagination.js';
import { CorrectionStatus, IndicatorAggregation } from '../catalogue.enums.js';

@ObjectType({ description: 'The definition of a profile figure: an I-Monitor score, population, staff in FTE, …' })
export class Indicator {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable key used in imports, e.g. informatieveiligheid' }) key: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'e.g. score 0-100, inwoners, VTE, euro' }) unit: string | null;
  @Field({ description: 'Default source, e.g. I-Monitor' }) source: string;
  @Field(() => Float, { nullable: true }) minValue: number | null;
  @Field(() => Float, { nullable: true }) maxValue: number | null;
  @Field(() => IndicatorAggregation, { description: 'How values of municipalities that merged are combined' })
  aggregation: IndicatorAggregation;
  @Field(() => String, { nullable: true }) description: string | null;
}

@ObjectType({ description: 'One figure of a bestuur for one year' })
export class IndicatorValue {
  @Field(() => ID) id: string;
  @Field(() => Int) year: number;
  @Field(() => Float) value: number;
  @Field({ description: 'Where the figure comes from, e.g. I-Monitor' }) source: string;
  @Field(() => ID, { nullable: true, description: 'The import that last changed it (provenance)' }) importId: string | null;
  @Field(() => ID, { nullable: true, description: 'The accepted correction that last changed it' }) correctionId: string | null;
  @Field({ description: 'A generated demo value, not real data' }) isDemo: boolean;
}

@ObjectType({ description: 'A proposed correction of an imported figure' })
export class IndicatorCorrection {
  @Field(() => ID) id: string;
  @Field(() => Int) year: number;
  @Field(() => Float, { nullable: true, description: 'The value when the correction was proposed' }) currentValue: number | null;
  @Field(() => Float) proposedValue: number;
  @Field() reason: string;
  @Field(() => CorrectionStatus) status: CorrectionStatus;
  @Field(() => String, { nullable: true }) decisionNote: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class IndicatorCorrectionConnection extends Connection(IndicatorCorrection, 'A page of indicator corrections') {}
