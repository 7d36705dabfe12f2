import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A technical capability a bestuur has or lacks, e.g. MAGDA-aansluiting or aanmelden met eID/ACM-IDM' })
export class Capability {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable key, e.g. magda' }) key: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field({ description: 'Part of the demo data' }) isDemo: boolean;
}
