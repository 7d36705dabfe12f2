import type { CommentEntity } from './comment.entity.js';
import { canComment } from './comments.service.js';
import type { CommentPermissions, ThreadPermissions } from './discussions.models.js';
import type { SpaceRole } from './space-access.js';
import { ThreadKind, type ThreadEntity } from './thread.entity.js';

/** The same rules the services enforce, for the buttons the front end shows. */
export function threadPermissions(thread: ThreadEntity, role: SpaceRole, userId: string): ThreadPermissions {
  const isAuthor = thread.authorId === userId;
  return {
    comment: canComment(thread, role),
    edit: role.read && (isAuthor || role.moderate),
    moderate: role.moderate,
    acceptAnswer: thread.kind === ThreadKind.VRAAG && (isAuthor || role.moderate),
    report: role.read && !isAuthor,
  };
}

export function commentPermissions(comment: CommentEntity, thread: ThreadEntity, role: SpaceRole, userId: string): CommentPermissions {
  const isAuthor = comment.authorId === userId;
  const live = !comment.deletedAt;
  const visible = live && !comment.hiddenAt;
  return {
    edit: isAuthor && visible,
    delete: live && (isAuthor || role.moderate),
    reply: visible && !comment.parentId && canComment(thread, role),
    react: visible && role.read && !isAuthor,
    acceptAnswer: visible && thread.kind === ThreadKind.VRAAG && (thread.authorId === userId || role.moderate),
    hide: live && role.moderate,
    report: visible && role.read && !isAuthor,
  };
}

/** A hidden comment's text is for moderators and its author; a deleted comment's for nobody. */
export function canSeeBody(comment: CommentEntity, role: SpaceRole, userId: string): boolean {
  if (comment.deletedAt) return false;
  return !comment.hiddenAt || role.moderate || comment.authorId === userId;
}
