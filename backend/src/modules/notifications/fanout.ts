import type { EntityManager } from 'typeorm';
import { canReadSpaceContentSql, canSeeTrajectSql } from './access.sql.js';
import { FollowLevel, NotificationContextKind, NotificationDelivery, NotificationType, defaultDeliverySql } from './notifications.enums.js';

/** One entry of an event log, the same shape whichever log it came from. */
export interface LogEvent {
  source: string;
  position: string;
  /** The writing transaction's id: entries written together share it. */
  tx: string;
  type: string;
  actorId: string | null;
  createdAt: Date;
  data: Record<string, unknown>;
}

/** A person named by the event itself (author of what was replied to, mentioned, requester, …). */
export interface Personal {
  userId: string | null | undefined;
  type: NotificationType;
  /** The higher wins when one change concerns a person in several ways. */
  prio: number;
  /** About the person's own account (a role, a decision, moderation): a muted thing does not silence it. */
  account?: boolean;
  /** Stored in details.as, for wording that depends on why this person hears of it. */
  as?: string;
}

/** Whose follow levels apply, and so who follows. */
export type Scope =
  | { kind: 'thread'; threadId: string; spaceId: string }
  | { kind: 'traject'; trajectId: string }
  | { kind: 'solution'; solutionId: string }
  | { kind: 'none' };

/** Who may see the content: everyone who receives it must pass. */
export type Access =
  | { kind: 'space'; space: { id: string; kind: string; regionId: string | null; ownerId: string | null; visibility: string }; membersOnly: boolean }
  | { kind: 'traject'; visibility: string }
  | { kind: 'none' };

export interface FanoutSpec {
  event: LogEvent;
  /** What makes this change one: entries of the same transaction about the same thing share it. */
  subjectKey: string;
  actorName: string | null;
  subjectTitle: string;
  excerpt?: string | null;
  context: { kind: NotificationContextKind; id: string | null; title: string | null };
  link: string;
  threadId?: string | null;
  commentId?: string | null;
  trajectId?: string | null;
  updateId?: string | null;
  details?: Record<string, unknown>;
  personal: Personal[];
  scope: Scope;
  /** Followers at these levels get `followerType`. */
  followers?: { levels: FollowLevel[]; type: NotificationType };
  access: Access;
}

export interface Inserted {
  id: string;
  recipientId: string;
  type: NotificationType;
  delivery: NotificationDelivery;
}

class Params {
  readonly values: unknown[] = [];
  add(v: unknown, cast = ''): string {
    this.values.push(v);
    return `$${this.values.length}${cast}`;
  }
}

/** Effective follow level per person for the scope: the most specific follow wins (a thread over its space). */
function levelSql(scope: Scope, p: Params): string {
  switch (scope.kind) {
    case 'thread':
      return `SELECT DISTINCT ON (f.user_id) f.user_id, f.level FROM follows f
        WHERE (f.target_type = 'THREAD' AND f.target_id = ${p.add(scope.threadId, '::uuid')})
           OR (f.target_type = 'SPACE' AND f.target_id = ${p.add(scope.spaceId, '::uuid')})
        ORDER BY f.user_id, (f.target_type = 'THREAD') DESC`;
    case 'traject': {
      // A VOLGEN or DEELNEMEN subscription counts as following at ALLES; an explicit follow overrides it.
      const id = p.add(scope.trajectId, '::uuid');
      return `SELECT coalesce(f.user_id, s.user_id) AS user_id, coalesce(f.level, 'ALLES') AS level
        FROM (SELECT user_id, level FROM follows WHERE target_type = 'TRAJECT' AND target_id = ${id}) f
        FULL JOIN (SELECT user_id FROM traject_subscriptions WHERE traject_id = ${id}) s ON s.user_id = f.user_id`;
    }
    case 'solution':
      return `SELECT user_id, level FROM follows WHERE target_type = 'SOLUTION' AND target_id = ${p.add(scope.solutionId, '::uuid')}`;
    default:
      return `SELECT NULL::uuid AS user_id, NULL::text AS level WHERE false`;
  }
}

function accessSql(access: Access, p: Params): string {
  switch (access.kind) {
    case 'space':
      return canReadSpaceContentSql('u', {
        id: p.add(access.space.id, '::uuid'),
        kind: p.add(access.space.kind, '::text'),
        regionId: p.add(access.space.regionId, '::uuid'),
        ownerId: p.add(access.space.ownerId, '::uuid'),
        visibility: p.add(access.space.visibility, '::text'),
      }, p.add(access.membersOnly, '::boolean'));
    case 'traject':
      return canSeeTrajectSql('u', p.add(access.visibility, '::text'));
    default:
      return 'true';
  }
}

/**
 * Writes the notifications of one change in one statement: the people it names and the followers
 * at the right level, one row per person (the strongest reason wins), never the actor, never someone
 * who muted it (unless it is about their own account), only people who may see it. E-mail delivery
 * comes from each person's preference or the type's default; unconfirmed addresses get no mail.
 * A row that exists already (a replay, or another entry of the same change) is left alone.
 */
export async function fanOut(m: EntityManager, spec: FanoutSpec): Promise<Inserted[]> {
  const p = new Params();
  const e = spec.event;
  const personal = spec.personal.filter((c) => c.userId);
  const lvl = levelSql(spec.scope, p);
  const followers = spec.followers ?? { levels: [], type: NotificationType.NEW_COMMENT };
  const sql = `
    WITH lvl AS (${lvl}),
    personal AS (
      SELECT * FROM unnest(${p.add(personal.map((c) => c.userId), '::uuid[]')}, ${p.add(personal.map((c) => c.type), '::text[]')},
        ${p.add(personal.map((c) => c.prio), '::int[]')}, ${p.add(personal.map((c) => Boolean(c.account)), '::boolean[]')},
        ${p.add(personal.map((c) => c.as ?? null), '::text[]')}) AS x(user_id, type, prio, account, as_role)
    ),
    cand AS (
      SELECT user_id, type, prio, account, as_role FROM personal
      UNION ALL
      SELECT user_id, ${p.add(followers.type, '::text')}, 0, false, NULL FROM lvl WHERE level = ANY(${p.add(followers.levels, '::text[]')})
    ),
    best AS (
      SELECT DISTINCT ON (user_id) user_id, type, account, as_role FROM cand
      WHERE user_id IS NOT NULL AND user_id IS DISTINCT FROM ${p.add(e.actorId, '::uuid')}
      ORDER BY user_id, prio DESC
    )
    INSERT INTO notifications (recipient_id, type, source, position, dedupe_key, actor_id, actor_name, subject_title, excerpt,
      context_kind, context_id, context_title, link, thread_id, comment_id, traject_id, update_id, details, email_delivery, created_at)
    SELECT b.user_id, b.type, ${p.add(e.source)}, ${p.add(e.position, '::bigint')}, ${p.add(`${e.source}:${e.tx}:${spec.subjectKey}`)},
      ${p.add(e.actorId, '::uuid')}, ${p.add(spec.actorName)}, ${p.add(spec.subjectTitle)}, ${p.add(spec.excerpt ?? null)},
      ${p.add(spec.context.kind)}, ${p.add(spec.context.id, '::uuid')}, ${p.add(spec.context.title)}, ${p.add(spec.link)},
      ${p.add(spec.threadId ?? null, '::uuid')}, ${p.add(spec.commentId ?? null, '::uuid')}, ${p.add(spec.trajectId ?? null, '::uuid')},
      ${p.add(spec.updateId ?? null, '::uuid')},
      ${p.add(JSON.stringify(spec.details ?? {}), '::jsonb')} || CASE WHEN b.as_role IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('as', b.as_role) END,
      CASE WHEN u.email_verified_at IS NULL THEN 'NOOIT' ELSE coalesce(np.delivery, ${defaultDeliverySql('b.type')}) END,
      date_trunc('milliseconds', ${p.add(e.createdAt, '::timestamptz')})
    FROM best b
    JOIN users u ON u.id = b.user_id
    LEFT JOIN lvl l ON l.user_id = b.user_id
    LEFT JOIN notification_preferences np ON np.user_id = b.user_id AND np.type = b.type
    WHERE (b.account OR l.level IS DISTINCT FROM 'GEDEMPT') AND ${accessSql(spec.access, p)}
    ON CONFLICT DO NOTHING
    RETURNING id, recipient_id, type, email_delivery`;
  const rows: { id: string; recipient_id: string; type: NotificationType; email_delivery: NotificationDelivery }[] = await m.query(sql, p.values);
  return rows.map((r) => ({ id: r.id, recipientId: r.recipient_id, type: r.type, delivery: r.email_delivery }));
}

/** Follows a thing on the person's behalf, unless they already chose a level for it. */
export async function autoFollow(m: EntityManager, userId: string | null | undefined, targetType: string, targetId: string | null | undefined): Promise<void> {
  if (!userId || !targetId) return;
  await m.query(
    `INSERT INTO follows (user_id, target_type, target_id, level, auto) VALUES ($1, $2, $3, 'ALLES', true) ON CONFLICT DO NOTHING`,
    [userId, targetType, targetId],
  );
}

/** Ends a follow the platform made; one the person chose or changed stays. */
export async function autoUnfollow(m: EntityManager, userId: string | null | undefined, targetType: string, targetId: string | null | undefined): Promise<void> {
  if (!userId || !targetId) return;
  await m.query(`DELETE FROM follows WHERE user_id = $1 AND target_type = $2 AND target_id = $3 AND auto`, [userId, targetType, targetId]);
}

/** A short plain-text excerpt of Markdown for lists and mails. */
export function excerptOf(markdown: string | null | undefined, max = 200): string | null {
  if (!markdown) return null;
  const plain = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/@\[([^\]\n]{1,80})\]\(user:[0-9a-fA-F-]{36}\)/g, '@$1')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return null;
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}
