import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Bestuur, Region } from '../../regions/regions.model.js';
import { AdoptionStatus } from '../catalogue.enums.js';
import { Solution } from '../solutions/solution.model.js';

@ObjectType({ description: "A bestuur's status for a solution (bestuur, solution and contact are fields)" })
export class Adoption {
  @Field(() => ID) id: string;
  @Field(() => AdoptionStatus) status: AdoptionStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endDate: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field({ description: 'Part of the demo data' }) isDemo: boolean;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType({ description: "A coordinator's grid: the region's besturen × the solutions any of them adopted" })
export class AdoptionGrid {
  @Field(() => Region) region: Region;
  @Field(() => [Bestuur], { description: 'The besturen of the region, by name' }) besturen: Bestuur[];
  @Field(() => [Solution], { description: 'Solutions with at least one adoption in the region, by name' }) solutions: Solution[];
  @Field(() => [Adoption], { description: 'One cell per adoption; an empty cell has none' }) cells: Adoption[];
}
