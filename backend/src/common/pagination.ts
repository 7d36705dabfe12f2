import { Field, Int, ObjectType, ArgsType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Type } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from './errors.js';

@ObjectType({ description: 'Relay page information' })
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20)' })
  @IsOptional()
  @IsInt({ message: 'first moet een geheel getal zijn.' })
  @Min(1, { message: 'first moet minstens 1 zijn.' })
  @Max(100, { message: 'first mag hoogstens 100 zijn.' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Opaque cursor from a previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when read (a getter on connections built here): only clients that select it pay for it. */
  totalCount: number | Promise<number>;
}

/** One generic Relay connection type per node type. */
export function Connection<T>(node: Type<T>, description?: string) {
  @ObjectType(`${node.name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }
  @ObjectType({ isAbstract: true, description })
  abstract class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { description: 'Number of items matching the filters' }) totalCount: number;
  }
  return ConnectionType;
}

export interface SortKey<T> {
  /** SQL expression, e.g. `b.name` */
  column: string;
  /** Value of the sort key for a row, stored in the cursor */
  value: (row: T) => string | number | null;
  direction?: 'ASC' | 'DESC';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}
function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const id = values?.[length - 1];
    if (Array.isArray(values) && values.length === length && typeof id === 'string' && UUID.test(id)) return values;
  } catch {
    // fall through
  }
  throw new BadInputError({ after: 'Ongeldige cursor.' });
}

/**
 * Keyset pagination over (sort key, id): never OFFSET, so a page costs the same
 * wherever it is. `qb` carries the filters; the alias's `id` column is the tie-breaker.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  sort: SortKey<T>,
): Promise<ConnectionShape<T>> {
  const first = args.first ?? 20;
  const alias = qb.alias;
  const dir = sort.direction ?? 'ASC';
  const page = qb.clone().orderBy(sort.column, dir).addOrderBy(`${alias}.id`, dir).limit(first + 1);
  if (args.after) {
    const [key, id] = decodeCursor(args.after, 2);
    const op = dir === 'ASC' ? '>' : '<';
    page.andWhere(`(${sort.column}, ${alias}.id) ${op} (:cursorKey, :cursorId)`, { cursorKey: key, cursorId: id });
  }
  const rows = await page.getMany();
  return toConnection(rows, first, args, sort, () => qb.clone().getCount());
}

/** An edge whose cursor is encoded only when a client selects it (most pages never read 50 cursors). */
class LazyEdge<T extends { id: string }> implements Edge<T> {
  private encoded?: string;
  constructor(readonly node: T, private readonly value: (row: T) => string | number | null) {}
  get cursor(): string {
    return (this.encoded ??= encodeCursor([this.value(this.node), this.node.id]));
  }
}

/** A page of rows (one more than asked, to know whether there is a next page) as a connection. */
export function toConnection<T extends { id: string }>(
  rows: T[], first: number, args: PageArgs, sort: Pick<SortKey<T>, 'value'>, count: () => Promise<number>,
): ConnectionShape<T> {
  const hasNextPage = rows.length > first;
  const edges: Edge<T>[] = [];
  for (let i = 0; i < rows.length && i < first; i++) edges.push(new LazyEdge(rows[i], sort.value));
  let counted: Promise<number> | undefined;
  return {
    edges,
    get totalCount() {
      return (counted ??= count());
    },
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
  };
}

/** The keyset condition and parameters for a page after `args.after`, for hand-written SQL (see paginate). */
export function keysetAfter(args: PageArgs, column: string, idColumn: string, direction: 'ASC' | 'DESC', nextParam: number) {
  if (!args.after) return { sql: '', params: [] as unknown[] };
  const [key, id] = decodeCursor(args.after, 2);
  const op = direction === 'ASC' ? '>' : '<';
  return { sql: ` AND (${column}, ${idColumn}) ${op} ($${nextParam}, $${nextParam + 1})`, params: [key, id] };
}
