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
  /** Counted only when awaited (see LazyCount): only clients that select it pay for it. */
  totalCount: number | PromiseLike<number>;
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

/**
 * Page info whose cursors are encoded only when read. A class with its getters on the prototype, not
 * an object literal with `get`: V8 keeps the accessor pair of every such literal in the old
 * generation, and until the next full collection it kept the page, and everything the getters reach,
 * alive for the young collector (docs/features/werkruimte.md, "Garbage").
 */
class LazyPageInfo<T extends { id: string }> implements PageInfo {
  constructor(
    private readonly edges: readonly Edge<T>[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}
  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }
  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

/**
 * A total that is counted only when awaited (GraphQL awaits it only when `totalCount` is selected), and
 * then once. A plain value, not a getter, so it survives `{ ...connection }` and needs no accessor.
 */
class LazyCount implements PromiseLike<number> {
  private counted?: Promise<number>;
  constructor(private readonly count: () => Promise<number>) {}
  then<A = number, B = never>(ok?: ((n: number) => A | PromiseLike<A>) | null, fail?: ((e: unknown) => B | PromiseLike<B>) | null): PromiseLike<A | B> {
    return (this.counted ??= this.count()).then(ok, fail);
  }
}

/** A page of rows (one more than asked, to know whether there is a next page) as a connection. */
export function toConnection<T extends { id: string }>(
  rows: T[], first: number, args: PageArgs, sort: Pick<SortKey<T>, 'value'>, count: () => Promise<number>,
): ConnectionShape<T> {
  const edges: Edge<T>[] = [];
  for (let i = 0; i < rows.length && i < first; i++) edges.push(new LazyEdge(rows[i], sort.value));
  return { edges, pageInfo: new LazyPageInfo(edges, rows.length > first, Boolean(args.after)), totalCount: new LazyCount(count) };
}

/** The keyset condition and parameters for a page after `args.after`, for hand-written SQL (see paginate). */
export function keysetAfter(args: PageArgs, column: string, idColumn: string, direction: 'ASC' | 'DESC', nextParam: number) {
  if (!args.after) return { sql: '', params: [] as unknown[] };
  const [key, id] = decodeCursor(args.after, 2);
  const op = direction === 'ASC' ? '>' : '<';
  return { sql: ` AND (${column}, ${idColumn}) ${op} ($${nextParam}, $${nextParam + 1})`, params: [key, id] };
}
