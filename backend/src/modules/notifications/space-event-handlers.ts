import type { EntityManager } from 'typeorm';
import { autoFollow, excerptOf, fanOut, type FanoutSpec, type LogEvent, type Personal } from './fanout.js';
import { FollowLevel, FollowTargetType, NotificationContextKind, NotificationType as N } from './notifications.enums.js';
import type { Handler } from './handlers.js';

/** Notifications from the werkruimte's log (space_events), in the shape the discussions module writes it. */

interface ThreadCtx {
  id: string;
  title: string;
  kind: string;
  body: string;
  authorId: string | null;
  membersOnly: boolean;
  mentioned: string[];
  space: { id: string; kind: string; regionId: string | null; ownerId: string | null; visibility: string; name: string };
}

interface CommentCtx {
  id: string;
  authorId: string | null;
  parentAuthorId: string | null;
  body: string;
  mentioned: string[];
  hiddenReason: string | null;
}

async function loadThread(m: EntityManager, threadId: unknown): Promise<ThreadCtx | null> {
  if (typeof threadId !== 'string') return null;
  const [t] = await m.query(
    `SELECT t.id, t.title, t.kind, t.body, t.author_id, t.members_only, t.mentioned_user_ids::text[] AS mentioned,
            s.id AS space_id, s.kind AS space_kind, s.region_id, s.owner_id, s.visibility, s.name AS space_name
     FROM threads t JOIN spaces s ON s.id = t.space_id WHERE t.id = $1`,
    [threadId],
  );
  if (!t) return null;
  return {
    id: t.id, title: t.title, kind: t.kind, body: t.body, authorId: t.author_id, membersOnly: t.members_only, mentioned: t.mentioned ?? [],
    space: { id: t.space_id, kind: t.space_kind, regionId: t.region_id, ownerId: t.owner_id, visibility: t.visibility, name: t.space_name },
  };
}

async function loadComment(m: EntityManager, commentId: unknown): Promise<CommentCtx | null> {
  if (typeof commentId !== 'string') return null;
  const [c] = await m.query(
    `SELECT c.id, c.author_id, c.body, c.hidden_reason, c.mentioned_user_ids::text[] AS mentioned, p.author_id AS parent_author_id
     FROM comments c LEFT JOIN comments p ON p.id = c.parent_id WHERE c.id = $1`,
    [commentId],
  );
  if (!c) return null;
  return { id: c.id, authorId: c.author_id, parentAuthorId: c.parent_author_id, body: c.body, mentioned: c.mentioned ?? [], hiddenReason: c.hidden_reason };
}

export async function actorName(m: EntityManager, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [u] = await m.query(`SELECT display_name FROM users WHERE id = $1`, [id]);
  return u?.display_name ?? null;
}

export const threadLink = (threadId: string, commentId?: string | null) =>
  `/werkruimte/discussies/${threadId}${commentId ? `#bericht-${commentId}` : ''}`;

/** What every notification about a thread shares. */
async function aboutThread(m: EntityManager, e: LogEvent, t: ThreadCtx, comment: CommentCtx | null, rest: Pick<FanoutSpec, 'personal'> & Partial<FanoutSpec>): Promise<FanoutSpec> {
  return {
    event: e,
    subjectKey: t.id,
    actorName: await actorName(m, e.actorId),
    subjectTitle: t.title,
    excerpt: excerptOf(comment ? comment.body : t.body),
    context: { kind: NotificationContextKind.SPACE, id: t.space.id, title: t.space.name },
    link: threadLink(t.id, comment?.id),
    threadId: t.id,
    commentId: comment?.id ?? null,
    details: { threadKind: t.kind },
    scope: { kind: 'thread', threadId: t.id, spaceId: t.space.id },
    access: { kind: 'space', space: t.space, membersOnly: t.membersOnly },
    ...rest,
  };
}

const mentions = (ids: string[]): Personal[] => ids.map((userId) => ({ userId, type: N.MENTION, prio: 4 }));

const threadCreated: Handler = async (e, { m, fan }) => {
  const t = await loadThread(m, e.data.threadId);
  if (!t) return;
  await autoFollow(m, e.actorId, FollowTargetType.THREAD, t.id);
  await fan(await aboutThread(m, e, t, null, {
    personal: mentions(t.mentioned),
    followers: { levels: [FollowLevel.ALLES, FollowLevel.NIEUWE_ONDERWERPEN], type: N.NEW_THREAD },
  }));
};

const commentAdded: Handler = async (e, { m, fan }) => {
  const t = await loadThread(m, e.data.threadId);
  const c = await loadComment(m, e.data.commentId);
  if (!t || !c) return;
  await autoFollow(m, e.actorId, FollowTargetType.THREAD, t.id);
  // The mentions of a new post come from the post itself, so a reply that mentions someone makes one notification.
  await fan(await aboutThread(m, e, t, c, {
    personal: [
      { userId: t.authorId, type: N.REPLY_TO_THREAD, prio: 2 },
      { userId: c.parentAuthorId, type: N.REPLY_TO_COMMENT, prio: 3 },
      ...mentions(c.mentioned),
    ],
    followers: { levels: [FollowLevel.ALLES], type: N.NEW_COMMENT },
  }));
};

/** New mentions added by an edit; those of a new post are already in its notification (same change). */
const mentioned: Handler = async (e, { m, fan }) => {
  const t = await loadThread(m, e.data.threadId);
  if (!t) return;
  const c = e.data.commentId ? await loadComment(m, e.data.commentId) : null;
  const ids = Array.isArray(e.data.userIds) ? (e.data.userIds as string[]) : [];
  await fan(await aboutThread(m, e, t, c, { personal: mentions(ids) }));
};

const answerAccepted: Handler = async (e, { m, fan }) => {
  const t = await loadThread(m, e.data.threadId);
  const c = await loadComment(m, e.data.commentId);
  if (!t || !c) return;
  await fan(await aboutThread(m, e, t, c, {
    personal: [
      { userId: c.authorId, type: N.ANSWER_ACCEPTED, prio: 3, as: 'answerer' },
      { userId: t.authorId, type: N.ANSWER_ACCEPTED, prio: 2, as: 'asker' },
    ],
  }));
};

/** A moderator acted on someone's post: the author hears of it (not when they did it themselves). */
function moderation(action: string, on: 'comment' | 'thread'): Handler {
  return async (e, { m, fan }) => {
    const t = await loadThread(m, e.data.threadId);
    if (!t) return;
    const c = on === 'comment' ? await loadComment(m, e.data.commentId) : null;
    if (on === 'comment' && !c) return;
    const author = on === 'comment' ? c!.authorId : t.authorId;
    const spec = await aboutThread(m, e, t, c, {
      personal: [{ userId: author, type: N.MODERATION, prio: 5, account: true }],
    });
    spec.details = { ...spec.details, action, ...(action === 'HIDDEN' && c?.hiddenReason ? { reason: c.hiddenReason } : {}) };
    // The text of a hidden or deleted post is not repeated.
    if (on === 'comment') spec.excerpt = null;
    await fan(spec);
  };
}

const threadMoved: Handler = async (e, ctx) => {
  // The move writes an entry in the space it left (thread only in the payload) and one in the new space.
  if (typeof e.data.threadId !== 'string' || !e.data.fromSpaceId) return;
  await moderation('MOVED', 'thread')(e, ctx);
};

export const SPACE_EVENT_HANDLERS: Record<string, Handler> = {
  THREAD_CREATED: threadCreated,
  COMMENT_ADDED: commentAdded,
  MENTIONED: mentioned,
  ANSWER_ACCEPTED: answerAccepted,
  COMMENT_HIDDEN: moderation('HIDDEN', 'comment'),
  COMMENT_DELETED: moderation('DELETED', 'comment'),
  THREAD_EDITED: moderation('EDITED', 'thread'),
  THREAD_LOCKED: moderation('LOCKED', 'thread'),
  THREAD_CLOSED: moderation('CLOSED', 'thread'),
  THREAD_MOVED: threadMoved,
};
