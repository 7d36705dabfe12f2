import pg from 'pg';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

// Hot read paths (a thread page, every signed-in request's session) write their SQL by hand and
// turn rows into entities here: the same columns and value conversions as TypeORM's own hydration,
// without building a query and transforming results through the query builder on every call.

type ColumnMetadata = ReturnType<DataSource['getMetadata']>['columns'][number];

interface Shape {
  target: new () => ObjectLiteral;
  columns: ColumnMetadata[];
  /** Per column: pg already returns the value TypeORM would hydrate (no conversion, no transformer). */
  asIs: boolean[];
  /** Index of the primary key column (its first), null exactly when an outer join found nothing. */
  primary: number;
  /** Per column: how it travels in a JSON row (filled the first time one is read). */
  json?: (Json | null)[];
}

/** How a column travels in a JSON row (see jsonColumns). */
const Json = { AS_IS: 0, EPOCH_MS: 1, TEXT: 2 } as const;
type Json = (typeof Json)[keyof typeof Json];

// Column types whose pg value TypeORM's PostgresDriver.prepareHydratedValue returns unchanged.
const AS_IS = new Set(['text', 'varchar', 'character varying', 'uuid', 'boolean', 'smallint', 'integer', 'int', 'bigint', 'numeric', 'jsonb', 'json']);

// JSON carries these as the very values pg's parsers return (arrays of them too).
const JSON_AS_IS = new Set(['text', 'varchar', 'character varying', 'uuid', 'boolean', 'smallint', 'integer', 'int', 'jsonb', 'json', 'enum']);
// pg hands these over as text: so does a JSON row.
const JSON_TEXT = new Set(['bigint', 'numeric']);
const JSON_TIME = new Set(['timestamptz', 'timestamp with time zone']);

function jsonKind(c: ColumnMetadata): Json | null {
  const type = typeof c.type === 'string' ? c.type : '';
  if (JSON_TIME.has(type)) return c.isArray ? null : Json.EPOCH_MS;
  if (JSON_TEXT.has(type)) return c.isArray ? null : Json.TEXT;
  return JSON_AS_IS.has(type) && !(c.isArray && (type === 'json' || type === 'jsonb')) ? Json.AS_IS : null;
}

const shapes = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Shape>>();
const selects = new Map<string, string>();

function shape(ds: DataSource, entity: EntityTarget<ObjectLiteral>): Shape {
  let byEntity = shapes.get(ds);
  if (!byEntity) shapes.set(ds, (byEntity = new Map()));
  let s = byEntity.get(entity);
  if (!s) {
    const meta = ds.getMetadata(entity);
    // Columns a plain find() leaves out (e.g. users.password_hash) stay out here too.
    const columns = meta.columns.filter((c) => c.isSelect !== false);
    s = {
      target: meta.target as new () => ObjectLiteral, columns, asIs: columns.map((c) => !c.transformer && typeof c.type === 'string' && AS_IS.has(c.type)),
      primary: columns.indexOf(meta.primaryColumns[0]),
    };
    byEntity.set(entity, s);
  }
  return s;
}

/**
 * `"a"."col" AS "p_col", …` for every selectable column of `entity`, read back with `hydrate(…, prefix)`.
 * Columns in `omit` are read as NULL, keeping every position.
 */
export function selectColumns(ds: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, prefix: string, omit?: ReadonlySet<string>): string {
  const key = `${ds.getMetadata(entity).tableName}|${alias}|${prefix}|${omit ? [...omit].sort().join(',') : ''}`;
  let sql = selects.get(key);
  if (sql === undefined) {
    sql = shape(ds, entity).columns
      .map((c) => `${omit?.has(c.databaseName) ? 'NULL' : `"${alias}"."${c.databaseName}"`} AS "${prefix}${c.databaseName}"`)
      .join(', ');
    selects.set(key, sql);
  }
  return sql;
}

/** An entity from the columns `selectColumns` selected under `prefix`; null when its key is null (an outer join found nothing). */
export function hydrate<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, row: Record<string, unknown>, prefix: string): T | null {
  const s = shape(ds, entity);
  return build(ds, s, (i) => row[prefix + s.columns[i].databaseName]) as T | null;
}

/** The entity from its column values (`valueAt(i)` for `s.columns[i]`), converted as TypeORM would; null without a key. */
function build(ds: DataSource, s: Shape, valueAt: (i: number) => unknown): ObjectLiteral | null {
  const key = valueAt(s.primary);
  if (key === null || key === undefined) return null;
  const out = new s.target() as Record<string, unknown>;
  for (let i = 0; i < s.columns.length; i++) {
    const c = s.columns[i];
    const value = valueAt(i);
    out[c.propertyName] = s.asIs[i] || ((value === null || value instanceof Date) && !c.transformer) ? value : ds.driver.prepareHydratedValue(value, c);
  }
  return out;
}

/** How many columns `selectColumns` and `jsonColumns` read for `entity`: the offset of what follows it in a JSON row. */
export function columnCount(ds: DataSource, entity: EntityTarget<ObjectLiteral>): number {
  return shape(ds, entity).columns.length;
}

/**
 * The arguments of `json_build_array(…)` for every selectable column of `entity`, in the order
 * `selectColumns` reads them, for reading many rows as one JSON value (`json_agg`): pg then hands
 * over one string that JSON.parse turns into arrays, instead of parsing every column of every row
 * itself; a page of 50 comments allocates a fraction of what 50 rows of 26 columns did. Read back with
 * `hydrateJsonAt`. Timestamps travel as epoch milliseconds (pg's Dates have that precision too),
 * bigint and numeric as text (as pg returns them). Columns in `omit` are NULL. Throws for a column
 * type this does not carry, so that no value silently comes back different from `selectColumns`.
 */
export function jsonColumns(ds: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, omit?: ReadonlySet<string>): string {
  const key = `json|${ds.getMetadata(entity).tableName}|${alias}|${omit ? [...omit].sort().join(',') : ''}`;
  let sql = selects.get(key);
  if (sql === undefined) {
    sql = shape(ds, entity).columns
      .map((c) => {
        if (omit?.has(c.databaseName)) return 'NULL';
        const column = `"${alias}"."${c.databaseName}"`;
        const kind = jsonKind(c);
        if (kind === null) throw new Error(`JSON rows do not carry ${String(c.type)}${c.isArray ? '[]' : ''} (${c.entityMetadata.tableName}.${c.databaseName})`);
        return kind === Json.EPOCH_MS ? `floor(extract(epoch FROM ${column}) * 1000)` : kind === Json.TEXT ? `${column}::text` : column;
      })
      .join(', ');
    selects.set(key, sql);
  }
  return sql;
}

/** An entity from a JSON row (an array) whose values `jsonColumns` put there starting at `offset`; null when its key is null. */
export function hydrateJsonAt<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, row: readonly unknown[], offset: number): T | null {
  const s = shape(ds, entity);
  const kinds = s.json ??= s.columns.map(jsonKind);
  return build(ds, s, (i) => {
    const value = row[offset + i];
    return value !== null && kinds[i] === Json.EPOCH_MS ? new Date(value as number) : value;
  }) as T | null;
}

/** The rows of a `json_agg` column: pg parses json itself; the embedded PGlite may hand over the text. */
export function jsonRows(value: unknown): unknown[][] {
  return ((typeof value === 'string' ? JSON.parse(value) : value) ?? []) as unknown[][];
}

/**
 * A column's value, taken out of its row (left undefined there). Under load, pg's row objects stay
 * reachable for the young collector after their request, until the next full collection (what holds
 * them is not found; see docs/features/werkruimte.md, "Garbage"); a row whose one large value (a page
 * of comments as JSON) is taken out costs little when it is copied and promoted.
 */
export function takeColumn(row: Record<string, unknown>, column: string): unknown {
  const value = row[column];
  row[column] = undefined;
  return value;
}

/** Tests count queries through this (see test/harness.ts countQueries); nothing is set in production. */
export const queryObserver: { onQuery: ((name: string | undefined) => void) | null } = { onQuery: null };

/**
 * Plain SQL. Inside a transaction (an EntityManager) through its runner. Outside one, with `name`,
 * as a named prepared statement on the pg pool: PostgreSQL then parses and plans it once per
 * connection instead of on every request. (The embedded PGlite has no pool: it goes through TypeORM.)
 */
export async function sql<R = Record<string, unknown>>(db: DataSource | EntityManager, text: string, params: unknown[], name?: string): Promise<R[]> {
  const pool = poolFor(db, name);
  if (!pool) return db.query(text, params);
  queryObserver.onQuery?.(name);
  return (await pool.query({ name, text, values: params })).rows as R[];
}

/** The pg pool for a named statement outside a transaction; null inside one, without a name, or on PGlite. */
function poolFor(db: DataSource | EntityManager, name: string | undefined): pg.Pool | null {
  const pool = name && db instanceof DataSource ? (db.driver as unknown as { master?: unknown }).master : null;
  return pool instanceof pg.Pool ? pool : null;
}
