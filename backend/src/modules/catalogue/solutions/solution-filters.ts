import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../../common/pagination.js';
import { SolutionDomain, SolutionMaturity, SolutionType } from '../catalogue.enums.js';
import type { BestuurRef } from '../catalogue.access.js';

const FACET = { message: 'Onbekende waarde in de filter.' };

/** The catalogue's facets and search, shared by `solutions` and `fitForBestuur`. */
@ArgsType()
export class SolutionFilterArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Dutch full-text search (prefixes match: "aanmeld" finds "aanmelden")' })
  @IsOptional() @IsString() @MaxLength(200, { message: 'Zoekterm is te lang.' })
  search?: string;

  @Field(() => [SolutionType], { nullable: true, description: 'Any of these types' })
  @IsOptional() @ArrayMaxSize(10) @IsEnum(SolutionType, { each: true, ...FACET })
  type?: SolutionType[];

  @Field(() => [SolutionDomain], { nullable: true, description: 'At least one of these domains' })
  @IsOptional() @ArrayMaxSize(20) @IsEnum(SolutionDomain, { each: true, ...FACET })
  domain?: SolutionDomain[];

  @Field(() => [SolutionMaturity], { nullable: true, description: 'Any of these maturities' })
  @IsOptional() @ArrayMaxSize(10) @IsEnum(SolutionMaturity, { each: true, ...FACET })
  maturity?: SolutionMaturity[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional() @IsBoolean()
  openSource?: boolean;
}

@ArgsType()
export class SolutionsArgs extends SolutionFilterArgs {
  @Field(() => String, {
    nullable: true,
    description: '"Past bij mijn bestuur": NIS code; keeps solutions whose size range and maturity prerequisites this bestuur meets',
  })
  @IsOptional() @IsString() @MaxLength(10, { message: 'Onbekende NIS-code.' })
  fitsBestuur?: string;
}

@ArgsType()
export class FitArgs extends SolutionFilterArgs {
  @Field({ description: 'NIS code of the municipality' })
  @IsString() @MaxLength(10, { message: 'Onbekende NIS-code.' })
  nisCode: string;
}

export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

/** Words become prefix terms of a Dutch tsquery; only letters and digits reach to_tsquery. */
export function prefixQuery(search: string | undefined): string | null {
  const words = (search ?? '').normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 8).map((w) => `${w}:*`).join(' & ') : null;
}

export function filterConditions(f: SolutionFilterArgs, alias = 's'): Condition[] {
  const out: Condition[] = [];
  const tsq = prefixQuery(f.search);
  if (tsq) out.push({ sql: `${alias}.search @@ to_tsquery('dutch', :tsq)`, params: { tsq } });
  if (f.type?.length) out.push({ sql: `${alias}.type IN (:...types)`, params: { types: f.type } });
  if (f.domain?.length) out.push({ sql: `${alias}.domains && ARRAY[:...domains]::text[]`, params: { domains: f.domain } });
  if (f.maturity?.length) out.push({ sql: `${alias}.maturity IN (:...maturities)`, params: { maturities: f.maturity } });
  if (f.openSource !== undefined && f.openSource !== null) out.push({ sql: `${alias}.open_source = :openSource`, params: { openSource: f.openSource } });
  return out;
}

/** Organisational fit as a filter: size in range and every maturity prerequisite met by the latest value. */
export function fitsConditions(b: BestuurRef, alias = 's'): Condition[] {
  return [
    { sql: `${alias}.maturity <> 'OBSOLETE'`, params: {} },
    {
      sql: `(${alias}.population_min IS NULL OR :fbPop >= ${alias}.population_min) AND (${alias}.population_max IS NULL OR :fbPop <= ${alias}.population_max)`,
      params: { fbPop: b.population },
    },
    {
      sql: `NOT EXISTS (SELECT 1 FROM solution_prerequisites fp WHERE fp.solution_id = ${alias}.id AND ((
              SELECT fv.value FROM indicator_values fv WHERE fv.bestuur_id = :fbId AND fv.indicator_id = fp.indicator_id
              ORDER BY fv.year DESC LIMIT 1) >= fp.min_value) IS NOT TRUE)`,
      params: { fbId: b.id },
    },
  ];
}
