import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination.js';
import { BestuurKind } from './bestuur.entity.js';

registerEnumType(BestuurKind, {
  name: 'BestuurKind',
  description: 'MUNICIPALITY: one of the 285 Flemish municipalities; PARTNER: a partner organisation such as VVSG',
});

@ObjectType({ description: 'A regional knowledge circle (regionale kenniskring), by default one of the 15 Flemish referentieregio\'s' })
export class Region {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable name in URLs, e.g. regio-antwerpen' }) slug: string;
  @Field({ description: 'Official referentieregio code, e.g. REFREG01' }) code: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field({ description: 'Province the region lies in' }) province: string;
}

@ObjectType({ description: 'A local government (bestuur) or partner organisation' })
export class Bestuur {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'NIS code (REFNIS) of a municipality; null for partner organisations' })
  nisCode: string | null;
  @Field({ description: 'NIS code for municipalities, a short code (e.g. vvsg) for partner organisations' }) code: string;
  @Field(() => BestuurKind) kind: BestuurKind;
  @Field() name: string;
  @Field(() => String, { nullable: true }) province: string | null;
  @Field(() => String, { nullable: true }) arrondissement: string | null;
  @Field(() => Int, { nullable: true, description: 'Population on 1 January 2020 (Statbel)' }) population: number | null;
}

@ObjectType()
export class BestuurConnection extends Connection(Bestuur, 'A page of besturen, by name') {}
