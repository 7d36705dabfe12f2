import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Indicator, IndicatorValue } from './indicator.model.js';

@ObjectType({ description: "A bestuur's profile: indicators, capabilities and the solutions it uses (fields)" })
export class BestuurProfile {
  @Field(() => Int, { nullable: true, description: 'Inhabitants, as used for the size fit' }) population: number | null;
}

@ObjectType({ description: 'The latest value of one indicator for a bestuur, compared with its region and Flanders' })
export class IndicatorReading {
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => IndicatorValue, { description: 'The most recent year' }) latest: IndicatorValue;
  @Field({ description: 'Age and source for display, e.g. "bron: I-Monitor 2016"' }) sourceLabel: string;
  @Field(() => Float, { nullable: true, description: 'Mean over the besturen of the region, same indicator and year' }) regionMean: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean over all Flemish besturen, same indicator and year' }) flandersMean: number | null;
  @Field(() => [IndicatorValue], { description: 'Every year on record, newest first' }) history: IndicatorValue[];
}
