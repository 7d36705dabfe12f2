import { randomBytes } from 'node:crypto';
import { Client, signedIn, type GqlResult, type TestApp } from './harness.js';

/** Test factories for the trajecten module: rows straight into the database, people through a real login. */

export const TRAJECT_TABLES = [
  'trajects', 'traject_members', 'milestones', 'progress_updates', 'progress_update_revisions', 'traject_progress',
  'outcome_indicators', 'indicator_measurements', 'traject_subscriptions', 'traject_rollout', 'traject_events', 'audit_events',
];

export interface TrajectRow {
  id: string;
  slug: string;
}

export async function makeTraject(app: TestApp, o: {
  title?: string; visibility?: 'PUBLIC' | 'MEMBERS'; status?: string; phase?: string; pillars?: string[]; start?: string | null; target?: string | null;
} = {}): Promise<TrajectRow> {
  const slug = `traject-${randomBytes(5).toString('hex')}`;
  const [row] = await app.ds.query(
    `INSERT INTO trajects (slug, title, summary, description, phase, pillars, status, visibility, start_date, target_date)
     VALUES ($1, $2, 'Korte samenvatting', 'Beschrijving', $3, $4, $5, $6, $7, $8) RETURNING id, slug`,
    [slug, o.title ?? `Traject ${slug.slice(8)}`, o.phase ?? 'INNOVEREN', o.pillars ?? ['INTERBESTUURLIJKE_KETENINTEGRATIE'],
      o.status ?? 'PILOOTFASE', o.visibility ?? 'PUBLIC', o.start === undefined ? '2025-01-01' : o.start, o.target === undefined ? '2026-12-31' : o.target],
  );
  return row;
}

export async function addMember(app: TestApp, trajectId: string, userId: string, role: 'LEAD' | 'MEMBER') {
  await app.ds.query(`INSERT INTO traject_members (traject_id, user_id, role) VALUES ($1, $2, $3)`, [trajectId, userId, role]);
}

export async function addMilestone(app: TestApp, trajectId: string, o: { weight?: number; status?: string; due?: string; title?: string } = {}): Promise<string> {
  const [row] = await app.ds.query(
    `INSERT INTO milestones (traject_id, title, due_date, status, weight) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [trajectId, o.title ?? 'Mijlpaal', o.due ?? '2026-01-31', o.status ?? 'GEPLAND', o.weight ?? 1],
  );
  return row.id;
}

export async function addUpdate(app: TestApp, trajectId: string, o: { status?: string; publishAt?: Date; title?: string; body?: string; authorId?: string } = {}): Promise<string> {
  const status = o.status ?? 'DRAFT';
  const [row] = await app.ds.query(
    `INSERT INTO progress_updates (traject_id, author_id, title, body, status, publish_at, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $5 = 'PUBLISHED' THEN now() END) RETURNING id`,
    [trajectId, o.authorId ?? null, o.title ?? 'Nieuws van het traject', o.body ?? 'Het gaat **goed**.', status, o.publishAt ?? null],
  );
  return row.id;
}

export type Who = 'anonymous' | 'member' | 'teamMember' | 'lead' | 'admin';
export const EVERYONE: Who[] = ['anonymous', 'member', 'teamMember', 'lead', 'admin'];

/** A client for each kind of caller of one traject; the member, team member and lead work for Aalst. */
export async function callers(app: TestApp, trajectId: string): Promise<Record<Who, Client> & { ids: Record<Exclude<Who, 'anonymous'>, string> }> {
  const [member, teamMember, lead, admin] = await Promise.all([
    signedIn(app, { bestuurCode: '41002' }), signedIn(app, { bestuurCode: '41002' }), signedIn(app, { bestuurCode: '41002' }), signedIn(app, { admin: true }),
  ]);
  await addMember(app, trajectId, teamMember.user.id, 'MEMBER');
  await addMember(app, trajectId, lead.user.id, 'LEAD');
  return {
    anonymous: new Client(app.url), member: member.client, teamMember: teamMember.client, lead: lead.client, admin: admin.client,
    ids: { member: member.user.id, teamMember: teamMember.user.id, lead: lead.user.id, admin: admin.user.id },
  };
}

/** A fingerprint of every row the trajecten module (and the audit trail) keeps: equal means nothing changed. */
export async function fingerprint(app: TestApp): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of TRAJECT_TABLES) {
    const [r] = await app.ds.query(`SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS f FROM ${t} t`);
    out[t] = r.f;
  }
  return out;
}

export const ok = <T = any>(r: GqlResult<T>): any => {
  if (r.errors) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.data;
};

/** Resolves when `check` returns a value; rejects after `ms` naming what was awaited. */
export function eventually<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = async () => {
      const v = await check();
      if (v !== undefined) return resolve(v);
      if (Date.now() - started > ms) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 25);
    };
    void tick();
  });
}
