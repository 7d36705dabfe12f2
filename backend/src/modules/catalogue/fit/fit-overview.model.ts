import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { BestuurEntity } from '../../regions/bestuur.entity.js';
import { Bestuur } from '../../regions/regions.model.js';
import { Solution } from '../solutions/solution.model.js';
import type { SolutionEntity } from '../solutions/solution.entity.js';

@ArgsType()
export class FitOverviewArgs {
  @Field(() => String, { nullable: true, description: 'Only the municipalities of this region (coordinators); all of them for administrators' })
  @IsOptional() @IsString() @MaxLength(80)
  regionSlug?: string;

  @Field(() => Int, { nullable: true, description: 'Best solutions per municipality, 1 to 20 (default 5)' })
  @IsOptional() @IsInt({ message: 'top moet een geheel getal zijn.' }) @Min(1, { message: 'top moet minstens 1 zijn.' }) @Max(20, { message: 'top mag hoogstens 20 zijn.' })
  top?: number;
}

@ObjectType()
export class RankedSolution {
  @Field(() => Solution) solution: SolutionEntity;
  @Field(() => Int) score: number;
  @Field(() => Int) rank: number;
}

@ObjectType({ description: "A municipality's best-fitting solutions (scores as in fitForBestuur)" })
export class BestuurFitSummary {
  @Field(() => Bestuur) bestuur: BestuurEntity;
  @Field(() => [RankedSolution]) top: RankedSolution[];
}
