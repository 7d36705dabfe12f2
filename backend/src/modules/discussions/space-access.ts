import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/viewer.js';
import { hydrate, selectColumns, sql } from '../../database/rows.js';
import { SpaceEntity, SpaceKind, SpaceVisibility } from './space.entity.js';

/** What one person may do in one space. */
export interface SpaceRole {
  /** See the space and its public threads. */
  read: boolean;
  /** Start threads and comment. */
  post: boolean;
  /** See threads marked "alleen kenniskring" (members only). */
  member: boolean;
  /** Pin, lock, close, move, hide, handle reports. */
  moderate: boolean;
  /** Post a MEDEDELING. */
  announce: boolean;
}

// Every combination, made once: a role is looked up for each subscriber of every event.
const ROLES: readonly SpaceRole[] = Array.from({ length: 32 }, (_, b) => Object.freeze({
  read: Boolean(b & 1), post: Boolean(b & 2), member: Boolean(b & 4), moderate: Boolean(b & 8), announce: Boolean(b & 16),
}));
const roleOf = (read: boolean, post: boolean, member: boolean, moderate: boolean, announce: boolean): SpaceRole =>
  ROLES[+read | (+post << 1) | (+member << 2) | (+moderate << 3) | (+announce << 4)];

export const NO_ROLE: SpaceRole = roleOf(false, false, false, false, false);
const FULL_ROLE: SpaceRole = roleOf(true, true, true, true, true);

/** What the module that owns a space says about people in it. */
export interface SpaceMembership {
  member?: boolean;
  moderator?: boolean;
}

/**
 * Answers, for spaces of one kind, who belongs to them: e.g. the trajecten module says who works on
 * a traject and who leads it. Called with batches (many people, or many spaces); return an entry
 * only for the pairs you know about, keyed by `membershipKey(spaceId, userId)`.
 */
export type SpaceAccessResolver = (
  spaces: readonly SpaceEntity[],
  userIds: readonly string[],
  db: DataSource | EntityManager,
) => Promise<Map<string, SpaceMembership>>;

export const membershipKey = (spaceId: string, userId: string) => `${spaceId}:${userId}`;

/**
 * The seam through which other modules plug their spaces into the werkruimte without this module
 * importing them: `registry.register(SpaceKind.TRAJECT, resolver)` in the other module's onModuleInit.
 */
@Injectable()
export class SpaceAccessRegistry {
  private readonly resolvers = new Map<SpaceKind, SpaceAccessResolver>();

  register(kind: SpaceKind.TRAJECT, resolver: SpaceAccessResolver): void {
    this.resolvers.set(kind, resolver);
  }

  resolverFor(kind: SpaceKind): SpaceAccessResolver | undefined {
    return this.resolvers.get(kind);
  }
}

// A person's standing, for roles: admin, home region (via their bestuur), regions they coordinate,
// spaces they moderate. `profileLateral('$2')` joins it to a query about something else.
// (The lists are sorted, so that people with the same standing have equal rows: see `table`.)
const PROFILE_COLUMNS = `u.is_admin AS p_is_admin, b.region_id AS p_home_region_id,
  ARRAY(SELECT rc.region_id FROM region_coordinators rc WHERE rc.user_id = u.id ORDER BY 1)::text[] AS p_coordinates,
  ARRAY(SELECT sm.space_id FROM space_moderators sm WHERE sm.user_id = u.id ORDER BY 1)::text[] AS p_moderates`;
const PROFILE_FROM = 'users u LEFT JOIN besturen b ON b.id = u.bestuur_id';

// The profiles of the people `$1`, one row per distinct standing with the places (from 1) in `$1` of
// the people who have it.
const GROUPED_PROFILES = `SELECT array_agg(p.n ORDER BY p.n)::int[] AS ns, p.p_is_admin, p.p_home_region_id, p.p_coordinates, p.p_moderates
  FROM (SELECT i.n, ${PROFILE_COLUMNS} FROM unnest($1::uuid[]) WITH ORDINALITY AS i(id, n)
    JOIN users u ON u.id = i.id LEFT JOIN besturen b ON b.id = u.bestuur_id) p
  GROUP BY 2, 3, 4, 5`;

export const profileLateral = (userParam: string) => `LEFT JOIN LATERAL (SELECT ${PROFILE_COLUMNS} FROM ${PROFILE_FROM} WHERE u.id = ${userParam}) p ON true`;

/** The columns `profileLateral` adds, as `p_is_admin`, … */
export const PROFILE_SELECT = 'p.p_is_admin, p.p_home_region_id, p.p_coordinates, p.p_moderates';

export interface ProfileRow {
  p_is_admin: boolean | null;
  p_home_region_id: string | null;
  p_coordinates: string[] | null;
  p_moderates: string[] | null;
}

interface Profile {
  isAdmin: boolean;
  homeRegionId: string | null;
  coordinates: Set<string>;
  moderates: Set<string>;
}

/** The person's standing from their profile columns; undefined when there is no such person. */
function toProfile(row: ProfileRow): Profile | undefined {
  if (row.p_is_admin === null) return undefined;
  return {
    isAdmin: row.p_is_admin, homeRegionId: row.p_home_region_id,
    coordinates: new Set(row.p_coordinates ?? []), moderates: new Set(row.p_moderates ?? []),
  };
}

function profilesOf(rows: Iterable<[string, ProfileRow]>): Map<string, Profile> {
  const out = new Map<string, Profile>();
  for (const [id, row] of rows) {
    const p = toProfile(row);
    if (p) out.set(id, p);
  }
  return out;
}

/** Roles of several people in several spaces, looked up together. */
export class RoleTable {
  constructor(
    private readonly spaces: Map<string, SpaceEntity>,
    private readonly profiles: Map<string, Profile>,
    private readonly external: Map<string, SpaceMembership>,
  ) {}

  role(userId: string, spaceId: string): SpaceRole {
    const space = this.spaces.get(spaceId);
    const p = this.profiles.get(userId);
    if (!space || !p) return NO_ROLE;
    if (p.isAdmin) return FULL_ROLE;
    switch (space.kind) {
      case SpaceKind.CENTRAL:
        return roleOf(true, true, true, false, false);
      case SpaceKind.REGION: {
        const coordinator = p.coordinates.has(space.regionId!);
        const member = coordinator || p.homeRegionId === space.regionId;
        return roleOf(true, true, member, coordinator, coordinator);
      }
      case SpaceKind.TRAJECT: {
        const ext = this.external.get(membershipKey(space.id, userId)) ?? {};
        const moderate = p.moderates.has(space.id) || Boolean(ext.moderator);
        const member = moderate || Boolean(ext.member);
        const read = member || space.visibility === SpaceVisibility.PUBLIC;
        return roleOf(read, read, member, moderate, moderate);
      }
      default:
        return NO_ROLE;
    }
  }

  /** Whether a person sees a thread: its space, and for "alleen kenniskring" membership. */
  canRead(userId: string, thread: { spaceId: string; membersOnly: boolean }): boolean {
    const r = this.role(userId, thread.spaceId);
    return r.read && (!thread.membersOnly || r.member);
  }

  space(spaceId: string): SpaceEntity | undefined {
    return this.spaces.get(spaceId);
  }

  allSpaces(): SpaceEntity[] {
    return [...this.spaces.values()];
  }
}

/** One viewer's roles in every space, computed once per request. */
export class ViewerAccess {
  constructor(readonly userId: string, readonly table: RoleTable) {}

  role(spaceId: string): SpaceRole {
    return this.table.role(this.userId, spaceId);
  }

  canRead(thread: { spaceId: string; membersOnly: boolean }): boolean {
    return this.table.canRead(this.userId, thread);
  }

  /** Space ids for SQL filters: readable at all, and readable including members-only threads. */
  get readableSpaceIds(): string[] {
    return this.table.allSpaces().filter((s) => this.role(s.id).read).map((s) => s.id);
  }

  get memberSpaceIds(): string[] {
    return this.table.allSpaces().filter((s) => this.role(s.id).member).map((s) => s.id);
  }
}

/**
 * Who may do what in which space. Membership of a region's kenniskring comes from the person's
 * bestuur (users.bestuur_id → besturen.region_id); coordinators and administrators belong too.
 */
@Injectable()
export class SpaceAccessService {
  // Per request: a viewer object lives as long as one HTTP request (or one WebSocket connection,
  // whose events call `forget`).
  private readonly cache = new WeakMap<Viewer, Promise<ViewerAccess>>();
  // Roles in single spaces worked out from a row that already carried the person's profile (a thread
  // page), so that reading one thread does not look up every space. Same lifetime as `cache`.
  private readonly roles = new WeakMap<Viewer, Map<string, SpaceRole>>();
  private viewerSql?: string;
  private spacesSql?: string;

  constructor(
    private readonly ds: DataSource,
    private readonly registry: SpaceAccessRegistry,
  ) {}

  forViewer(viewer: Viewer): Promise<ViewerAccess> {
    let p = this.cache.get(viewer);
    if (!p) {
      p = this.viewerTable(viewer.user.id).then((t) => new ViewerAccess(viewer.user.id, t));
      p.catch(() => this.cache.delete(viewer));
      this.cache.set(viewer, p);
    }
    return p;
  }

  forget(viewer: Viewer): void {
    this.cache.delete(viewer);
    this.roles.delete(viewer);
  }

  /** Uses roles already looked up (by the event hub, for everyone at once) for this viewer's next resolves. */
  prime(viewer: Viewer, table: RoleTable): void {
    this.roles.delete(viewer);
    this.cache.set(viewer, Promise.resolve(new ViewerAccess(viewer.user.id, table)));
  }

  /** The viewer's role in one space: from a role already worked out in this request, else from all their roles. */
  async roleIn(viewer: Viewer, spaceId: string): Promise<SpaceRole> {
    return this.knownRole(viewer, spaceId) ?? (await this.forViewer(viewer)).role(spaceId);
  }

  /** A role this request already worked out, without waiting for anything. */
  knownRole(viewer: Viewer, spaceId: string): SpaceRole | undefined {
    return this.roles.get(viewer)?.get(spaceId);
  }

  /**
   * The viewer's role in `space` from their profile columns (see `profileLateral`) read with it; remembered
   * for the rest of the request. Spaces owned by another module ask that module, as `table` does.
   */
  async roleFromRow(viewer: Viewer, space: SpaceEntity, row: ProfileRow, db: DataSource | EntityManager = this.ds): Promise<RoleTable> {
    const uid = viewer.user.id;
    const table = await this.roleTable([space], profilesOf([[uid, row]]), [uid], db);
    let known = this.roles.get(viewer);
    if (!known) this.roles.set(viewer, (known = new Map()));
    known.set(space.id, table.role(uid, space.id));
    return table;
  }

  /** Roles of these people in these spaces (all spaces when none are given), from the database as it is now. */
  async table(userIds: readonly string[], spaceIds?: readonly string[], db: DataSource | EntityManager = this.ds): Promise<RoleTable> {
    const ids = [...new Set(userIds)];
    // Named statements (prepared once per connection) outside a transaction: the hub asks this for every entry.
    this.spacesSql ??= `SELECT ${selectColumns(this.ds, SpaceEntity, 's', 's_')} FROM spaces s WHERE s.id = ANY($1::uuid[])`;
    const [spaces, rows] = await Promise.all([
      spaceIds
        ? (spaceIds.length
          ? sql(db, this.spacesSql, [[...new Set(spaceIds)]], 'kw_spaces_by_id').then((r) => r.map((x) => hydrate(this.ds, SpaceEntity, x, 's_')!))
          : [])
        : db.getRepository(SpaceEntity).find(),
      ids.length ? sql<{ ns: number[] } & ProfileRow>(db, GROUPED_PROFILES, [ids], 'kw_grouped_profiles') : [],
    ]);
    // One row per standing, with the places in `ids` of the people who have it: the subscribers of a
    // thread are mostly members of a few regions, so a thousand of them come back as a handful of rows,
    // and share a handful of profiles.
    const profiles = new Map<string, Profile>();
    for (const r of rows) {
      const p = toProfile(r);
      if (p) for (const n of r.ns) profiles.set(ids[n - 1], p);
    }
    return this.roleTable(spaces, profiles, ids, db);
  }

  /** One person's roles in every space: the spaces and their profile in one statement (prepared once per connection). */
  private async viewerTable(userId: string): Promise<RoleTable> {
    this.viewerSql ??= `SELECT ${selectColumns(this.ds, SpaceEntity, 's', 's_')}, ${PROFILE_SELECT} FROM spaces s ${profileLateral('$1')}`;
    const rows = await sql<Record<string, unknown> & ProfileRow>(this.ds, this.viewerSql, [userId], 'kw_viewer_spaces');
    // No spaces, no rows: then there is no role to work out either.
    const profiles = rows.length ? profilesOf([[userId, rows[0]]]) : new Map<string, Profile>();
    return this.roleTable(rows.map((r) => hydrate(this.ds, SpaceEntity, r, 's_')!), profiles, [userId], this.ds);
  }

  /** The table, with what the modules owning some of these spaces say about these people. */
  private async roleTable(spaces: SpaceEntity[], profiles: Map<string, Profile>, userIds: readonly string[], db: DataSource | EntityManager): Promise<RoleTable> {
    const external = new Map<string, SpaceMembership>();
    const byKind = new Map<SpaceKind, SpaceEntity[]>();
    for (const s of spaces) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
    for (const [kind, list] of byKind) {
      const resolver = this.registry.resolverFor(kind);
      if (!resolver || !userIds.length) continue;
      for (const [k, v] of await resolver(list, userIds, db)) external.set(k, v);
    }
    return new RoleTable(new Map(spaces.map((s) => [s.id, s])), profiles, external);
  }
}
