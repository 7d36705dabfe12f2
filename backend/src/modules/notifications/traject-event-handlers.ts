import type { EntityManager } from 'typeorm';
import { autoFollow, autoUnfollow, excerptOf, type FanoutSpec, type LogEvent } from './fanout.js';
import type { Handler } from './handlers.js';
import { FollowLevel, FollowTargetType, NotificationContextKind, NotificationType as N } from './notifications.enums.js';
import { actorName } from './space-event-handlers.js';

/** Notifications from the trajecten module's log (traject_events), in the shape that module writes it. */

interface TrajectCtx {
  id: string;
  slug: string;
  title: string;
  visibility: string;
}

async function loadTraject(m: EntityManager, id: unknown): Promise<TrajectCtx | null> {
  if (typeof id !== 'string') return null;
  const [t] = await m.query(`SELECT id, slug, title, visibility FROM trajects WHERE id = $1`, [id]);
  return t ?? null;
}

/**
 * Who made the change: the payload's actorId, which the trajecten module writes on every entry. It is
 * null when the platform acted on someone's behalf (a scheduled publication): then `onBehalfOf`, the
 * person the type implies (the update's author). Entries written before actorId existed fall back to
 * the audit entry of the same transaction (same xmin), else `onBehalfOf`.
 */
async function trajectActor(m: EntityManager, e: LogEvent, onBehalfOf: unknown = null): Promise<string | null> {
  const fallback = typeof onBehalfOf === 'string' ? onBehalfOf : null;
  if ('actorId' in e.data) return typeof e.data.actorId === 'string' ? e.data.actorId : fallback;
  const [a] = await m.query(
    `SELECT actor_id FROM audit_events WHERE subject_type = 'traject' AND subject_id = $1 AND xmin = $2::text::xid AND actor_id IS NOT NULL LIMIT 1`,
    [e.data.trajectId, e.tx],
  );
  return a?.actor_id ?? fallback;
}

const trajectLink = (slug: string, anchor?: string) => `/trajecten/${slug}${anchor ? `#${anchor}` : ''}`;

async function aboutTraject(m: EntityManager, e: LogEvent, t: TrajectCtx, rest: Pick<FanoutSpec, 'personal' | 'subjectTitle' | 'link'> & Partial<FanoutSpec>): Promise<FanoutSpec> {
  return {
    event: e,
    subjectKey: t.id,
    actorName: await actorName(m, e.actorId),
    context: { kind: NotificationContextKind.TRAJECT, id: t.id, title: t.title },
    trajectId: t.id,
    scope: { kind: 'traject', trajectId: t.id },
    access: { kind: 'traject', visibility: t.visibility },
    ...rest,
  };
}

const updatePublished: Handler = async (e, { m, fan }) => {
  const t = await loadTraject(m, e.data.trajectId);
  if (!t) return;
  const [u] = await m.query(`SELECT id, title, body FROM progress_updates WHERE id = $1`, [e.data.updateId]);
  if (!u) return;
  e.actorId = await trajectActor(m, e, e.data.authorId);
  await fan(await aboutTraject(m, e, t, {
    subjectTitle: u.title,
    excerpt: excerptOf(u.body),
    link: trajectLink(t.slug, `update-${u.id}`),
    updateId: u.id,
    personal: [],
    followers: { levels: [FollowLevel.ALLES, FollowLevel.NIEUWE_ONDERWERPEN], type: N.PROGRESS_UPDATE },
  }));
};

const milestoneReached: Handler = async (e, { m, fan }) => {
  const t = await loadTraject(m, e.data.trajectId);
  if (!t) return;
  e.actorId = await trajectActor(m, e);
  await fan(await aboutTraject(m, e, t, {
    subjectTitle: typeof e.data.title === 'string' ? e.data.title : 'Mijlpaal',
    link: trajectLink(t.slug, `milestone-${String(e.data.milestoneId)}`),
    details: { milestoneId: e.data.milestoneId },
    personal: [],
    followers: { levels: [FollowLevel.ALLES], type: N.MILESTONE_REACHED },
  }));
};

const participationRequested: Handler = async (e, { m, fan }) => {
  const t = await loadTraject(m, e.data.trajectId);
  if (!t) return;
  e.actorId = await trajectActor(m, e, e.data.userId);
  const team: { user_id: string }[] = await m.query(`SELECT user_id FROM traject_members WHERE traject_id = $1`, [t.id]);
  const [b] = await m.query(`SELECT name FROM besturen WHERE id = $1`, [e.data.bestuurId ?? null]);
  const [s] = await m.query(`SELECT request_message FROM traject_subscriptions WHERE id = $1`, [e.data.subscriptionId ?? null]);
  await fan(await aboutTraject(m, e, t, {
    subjectTitle: t.title,
    excerpt: s?.request_message ?? null,
    link: trajectLink(t.slug, `aanvraag-${String(e.data.subscriptionId)}`),
    details: { bestuurName: b?.name ?? null },
    personal: team.map((r) => ({ userId: r.user_id, type: N.PARTICIPATION_REQUESTED, prio: 3 })),
  }));
};

const participationDecided: Handler = async (e, { m, fan }) => {
  const t = await loadTraject(m, e.data.trajectId);
  if (!t) return;
  e.actorId = await trajectActor(m, e);
  const [s] = await m.query(`SELECT decision_message FROM traject_subscriptions WHERE id = $1`, [e.data.subscriptionId ?? null]);
  await fan(await aboutTraject(m, e, t, {
    subjectTitle: t.title,
    excerpt: s?.decision_message ?? null,
    link: trajectLink(t.slug),
    details: { accepted: Boolean(e.data.accepted) },
    personal: [{ userId: e.data.userId as string, type: N.PARTICIPATION_DECIDED, prio: 5, account: true }],
  }));
};

async function isTeam(m: EntityManager, trajectId: string, userId: string): Promise<boolean> {
  return (await m.query(`SELECT 1 FROM traject_members WHERE traject_id = $1 AND user_id = $2`, [trajectId, userId])).length > 0;
}

async function isSubscribed(m: EntityManager, trajectId: string, userId: string): Promise<boolean> {
  return (await m.query(`SELECT 1 FROM traject_subscriptions WHERE traject_id = $1 AND user_id = $2`, [trajectId, userId])).length > 0;
}

/** Joining the team follows the traject; leaving it ends that follow unless the person still subscribes. */
const teamChanged: Handler = async (e, { m, fan }) => {
  const t = await loadTraject(m, e.data.trajectId);
  const userId = e.data.userId;
  if (!t || typeof userId !== 'string') return;
  const role = (e.data.role as string | null) ?? null;
  if (role && (await isTeam(m, t.id, userId))) await autoFollow(m, userId, FollowTargetType.TRAJECT, t.id);
  if (!role && !(await isSubscribed(m, t.id, userId))) await autoUnfollow(m, userId, FollowTargetType.TRAJECT, t.id);
  e.actorId = await trajectActor(m, e);
  await fan(await aboutTraject(m, e, t, {
    subjectTitle: t.title,
    link: trajectLink(t.slug),
    details: { role: role ? `TRAJECT_${role}` : null, previousRole: e.data.previousRole ? `TRAJECT_${String(e.data.previousRole)}` : null, granted: Boolean(role) },
    personal: [{ userId, type: N.ROLE_CHANGED, prio: 5, account: true }],
    access: { kind: 'none' },
  }));
};

/** A subscription (VOLGEN or DEELNEMEN) shows as a follow in the person's overview, where they can change its level. */
const subscriptionsChanged: Handler = async (e, { m }) => {
  const t = await loadTraject(m, e.data.trajectId);
  const userId = e.data.userId;
  if (!t || typeof userId !== 'string') return;
  if (e.data.level && (await isSubscribed(m, t.id, userId))) await autoFollow(m, userId, FollowTargetType.TRAJECT, t.id);
  if (!e.data.level && !(await isTeam(m, t.id, userId))) await autoUnfollow(m, userId, FollowTargetType.TRAJECT, t.id);
};

export const TRAJECT_EVENT_HANDLERS: Record<string, Handler> = {
  UPDATE_PUBLISHED: updatePublished,
  MILESTONE_REACHED: milestoneReached,
  PARTICIPATION_REQUESTED: participationRequested,
  PARTICIPATION_DECIDED: participationDecided,
  TEAM_CHANGED: teamChanged,
  SUBSCRIPTIONS_CHANGED: subscriptionsChanged,
};
