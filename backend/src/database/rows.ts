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
}

// Column types whose pg value TypeORM's PostgresDriver.prepareHydratedValue returns unchanged.
const AS_IS = new Set(['text', 'varchar', 'character varying', 'uuid', 'boolean', 'smallint', 'integer', 'int', 'bigint', 'numeric', 'jsonb', 'json']);

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
 * `"a"."col" AS "p_col", …` for every selectable column of `entity`, read back with `hydrate(…, prefix)`
 * (or, by position, `hydrateAt`). Columns in `omit` are read as NULL, keeping every position.
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

/**
 * `NULL AS "p_col", …` in the places where `selectColumns(ds, entity, …, prefix)` reads the columns: the
 * other branch of a UNION that reads different rows in one statement (see ThreadGuard.threadAlong).
 */
export function nullColumns(ds: DataSource, entity: EntityTarget<ObjectLiteral>, prefix: string): string {
  return shape(ds, entity).columns.map((c) => `NULL AS "${prefix}${c.databaseName}"`).join(', ');
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

/** How many columns `selectColumns` selects for `entity`: the offset of what follows it in an array row. */
export function columnCount(ds: DataSource, entity: EntityTarget<ObjectLiteral>): number {
  return shape(ds, entity).columns.length;
}

/**
 * An entity from an array row (`sqlArrays`) whose columns `selectColumns` selected starting at `offset`;
 * null when its key is null. Reading by position spares building and probing an object with a named
 * property per column for every row of a long page.
 */
export function hydrateAt<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, row: readonly unknown[], offset: number): T | null {
  return build(ds, shape(ds, entity), (i) => row[offset + i]) as T | null;
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

/** Like `sql`, with each row as an array of its columns in SELECT order (see `hydrateAt`). */
export async function sqlArrays(db: DataSource | EntityManager, text: string, params: unknown[], name?: string): Promise<unknown[][]> {
  const pool = poolFor(db, name);
  if (!pool) return ((await db.query(text, params)) as Record<string, unknown>[]).map((r) => Object.values(r));
  queryObserver.onQuery?.(name);
  return (await pool.query({ name, text, values: params, rowMode: 'array' })).rows as unknown[][];
}

/** The pg pool for a named statement outside a transaction; null inside one, without a name, or on PGlite. */
function poolFor(db: DataSource | EntityManager, name: string | undefined): pg.Pool | null {
  const pool = name && db instanceof DataSource ? (db.driver as unknown as { master?: unknown }).master : null;
  return pool instanceof pg.Pool ? pool : null;
}
