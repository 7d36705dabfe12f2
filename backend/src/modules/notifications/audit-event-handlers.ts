import { autoFollow, autoUnfollow } from './fanout.js';
import type { Handler } from './handlers.js';
import { FollowLevel, FollowTargetType, NotificationContextKind, NotificationType as N } from './notifications.enums.js';
import { actorName } from './space-event-handlers.js';

/**
 * Notifications from the audit trail, for changes whose module keeps no event log of its own:
 * coordinator appointments (regions), administrator rights (accounts) and solution changes (catalogue).
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

/** A solution changed: its followers, and the people of every bestuur that uses it or is implementing it. */
const solutionUpdated: Handler = async (e, { m, fan }) => {
  const [s] = await m.query(`SELECT id, slug, name, summary FROM solutions WHERE id::text = $1`, [e.data.subjectId]);
  if (!s) return;
  const users: { id: string }[] = await m.query(
    `SELECT u.id FROM users u JOIN adoptions a ON a.bestuur_id = u.bestuur_id
     WHERE a.solution_id = $1 AND a.status IN ('IN_IMPLEMENTATIE', 'IN_GEBRUIK')`,
    [s.id],
  );
  const changed = Object.keys((e.data.after as Record<string, unknown> | null) ?? {});
  await fan({
    event: e,
    subjectKey: s.id,
    actorName: await actorName(m, e.actorId),
    subjectTitle: s.name,
    excerpt: s.summary,
    context: { kind: NotificationContextKind.SOLUTION, id: s.id, title: s.name },
    link: `/oplossingen/${s.slug}`,
    details: { fields: changed },
    personal: users.map((u) => ({ userId: u.id, type: N.SOLUTION_CHANGED, prio: 1 })),
    scope: { kind: 'solution', solutionId: s.id },
    followers: { levels: [FollowLevel.ALLES, FollowLevel.NIEUWE_ONDERWERPEN], type: N.SOLUTION_CHANGED },
    access: { kind: 'none' },
  });
};

export const AUDIT_EVENT_HANDLERS: Record<string, Handler> = {
  'region.coordinatorAppointed': coordinator(true),
  'region.coordinatorRemoved': coordinator(false),
  'user.adminChanged': adminChanged,
  'solution.updated': solutionUpdated,
};
