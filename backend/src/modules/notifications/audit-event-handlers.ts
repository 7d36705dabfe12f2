import type { EntityManager } from 'typeorm';
import { besturenFittingSolution } from '../catalogue/fit/fitting-besturen.js';
import { autoFollow, autoUnfollow, type LogEvent, type Personal } from './fanout.js';
import type { Handler } from './handlers.js';
import { FollowLevel, FollowTargetType, NotificationContextKind, NotificationType as N } from './notifications.enums.js';
import { actorName } from './space-event-handlers.js';

/**
 * Notifications from the audit trail, for changes whose module keeps no event log of its own:
 * coordinator appointments (regions), administrator rights (accounts) and new or changed solutions (catalogue).
 */

const userIn = (v: unknown): string | null => {
  const id = (v as { userId?: unknown } | null)?.userId;
  return typeof id === 'string' ? id : null;
};

/** Being appointed coordinator follows the region's space; being removed ends that follow (if the platform made it). */
function coordinator(granted: boolean): Handler {
  return async (e, { m, fan }) => {
    const userId = userIn(granted ? e.data.after : e.data.before);
    const [r] = await m.query(`SELECT id, slug, name FROM regions WHERE id::text = $1`, [e.data.subjectId]);
    if (!userId || !r) return;
    const [space] = await m.query(`SELECT id FROM spaces WHERE region_id = $1`, [r.id]);
    if (granted) await autoFollow(m, userId, FollowTargetType.SPACE, space?.id);
    else await autoUnfollow(m, userId, FollowTargetType.SPACE, space?.id);
    await fan({
      event: e,
      subjectKey: `${r.id}:${userId}`,
      actorName: await actorName(m, e.actorId),
      subjectTitle: r.name,
      context: { kind: NotificationContextKind.ACCOUNT, id: null, title: null },
      link: `/regios/${r.slug}`,
      details: { role: 'COORDINATOR', granted },
      personal: [{ userId, type: N.ROLE_CHANGED, prio: 5, account: true }],
      scope: { kind: 'none' },
      access: { kind: 'none' },
    });
  };
}

const adminChanged: Handler = async (e, { m, fan }) => {
  const before = Boolean((e.data.before as { isAdmin?: boolean } | null)?.isAdmin);
  const granted = Boolean((e.data.after as { isAdmin?: boolean } | null)?.isAdmin);
  if (before === granted) return;
  const userId = String(e.data.subjectId);
  await fan({
    event: e,
    subjectKey: userId,
    actorName: await actorName(m, e.actorId),
    subjectTitle: 'Ketenwerk',
    context: { kind: NotificationContextKind.ACCOUNT, id: null, title: null },
    link: granted ? '/beheer' : '/account',
    details: { role: 'ADMIN', granted },
    personal: [{ userId, type: N.ROLE_CHANGED, prio: 5, account: true }],
    scope: { kind: 'none' },
    access: { kind: 'none' },
  });
};

/** Maturities at which a solution is ready to be taken up: reaching one announces it to the besturen it fits. */
const USABLE = ['BETA', 'STABLE'];
const maturityIn = (v: unknown): string | null => {
  const m = (v as { maturity?: unknown } | null)?.maturity;
  return typeof m === 'string' ? m : null;
};

/**
 * The people of every municipality the solution fits (the catalogue's fit rules: required capabilities
 * present, population in range), as NEW_FITTING_SOLUTION. Only when the entry made the solution usable:
 * created at BETA or STABLE, or moved there from another maturity.
 */
async function fittingPeople(m: EntityManager, e: LogEvent, solution: { id: string; maturity: string }): Promise<Personal[]> {
  const before = e.type === 'solution.created' ? null : maturityIn(e.data.before);
  const after = maturityIn(e.data.after) ?? (e.type === 'solution.created' ? solution.maturity : null);
  if (!after || !USABLE.includes(after) || (before !== null && USABLE.includes(before))) return [];
  const besturen = await besturenFittingSolution(m, solution.id);
  if (!besturen.length) return [];
  const users: { id: string }[] = await m.query(`SELECT id FROM users WHERE bestuur_id = ANY($1::uuid[])`, [besturen]);
  return users.map((u) => ({ userId: u.id, type: N.NEW_FITTING_SOLUTION, prio: 1 }));
}

/**
 * A solution was created or changed: its followers, the people of every bestuur that uses it or is
 * implementing it, and, when it became usable, the people of the besturen it fits.
 */
const solutionChanged: Handler = async (e, { m, fan }) => {
  const [s] = await m.query(`SELECT id, slug, name, summary, maturity FROM solutions WHERE id::text = $1`, [e.data.subjectId]);
  if (!s) return;
  const users: { id: string }[] = e.type === 'solution.created' ? [] : await m.query(
    `SELECT u.id FROM users u JOIN adoptions a ON a.bestuur_id = u.bestuur_id
     WHERE a.solution_id = $1 AND a.status IN ('IN_IMPLEMENTATIE', 'IN_GEBRUIK')`,
    [s.id],
  );
  const fitting = await fittingPeople(m, e, s);
  if (e.type === 'solution.created' && !fitting.length) return;
  const changed = Object.keys((e.data.after as Record<string, unknown> | null) ?? {});
  await fan({
    event: e,
    subjectKey: s.id,
    actorName: await actorName(m, e.actorId),
    subjectTitle: s.name,
    excerpt: s.summary,
    context: { kind: NotificationContextKind.SOLUTION, id: s.id, title: s.name },
    link: `/oplossingen/${s.slug}`,
    details: e.type === 'solution.created' ? {} : { fields: changed },
    // One notification per person: using it (2) over fitting it (1) over following it (0).
    personal: [...users.map((u) => ({ userId: u.id, type: N.SOLUTION_CHANGED, prio: 2 })), ...fitting],
    scope: { kind: 'solution', solutionId: s.id },
    followers: e.type === 'solution.created' ? undefined : { levels: [FollowLevel.ALLES, FollowLevel.NIEUWE_ONDERWERPEN], type: N.SOLUTION_CHANGED },
    access: { kind: 'none' },
  });
};

export const AUDIT_EVENT_HANDLERS: Record<string, Handler> = {
  'region.coordinatorAppointed': coordinator(true),
  'region.coordinatorRemoved': coordinator(false),
  'user.adminChanged': adminChanged,
  'solution.created': solutionChanged,
  'solution.updated': solutionChanged,
};
