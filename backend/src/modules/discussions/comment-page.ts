import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../../common/selection.js';
import type { UserEntity } from '../accounts/user.entity.js';
import type { CommentEntity } from './comment.entity.js';

// A page of comments reads 26 columns per row (the comment and its author). Most pages show only the
// text, the time and the author's name: the columns that only other fields read are then left out
// (read as NULL), which makes a thread page about a fifth cheaper. Every field of Comment and User is
// listed below as needing the optional columns or not; comment-page.spec.ts fails for a new field
// until it is listed, and any field not listed as not needing them reads every column.

/** Comment fields that read none of COMMENT_OPTIONAL_COLUMNS. */
export const COMMENT_FIELDS_WITHOUT_OPTIONAL = new Set([
  '__typename', 'id', 'parentId', 'createdAt', 'body', 'bodyHtml', 'thread', 'author', 'deleted', 'hidden',
  'replies', 'replyCount', 'usefulCount', 'viewerFoundUseful', 'isAcceptedAnswer', 'viewerCan',
]);
/** Comment fields that read one of them (`edited` and `editedAt` read edited_at, and so on). */
export const COMMENT_FIELDS_WITH_OPTIONAL = new Set(['editedAt', 'edited', 'hiddenReason', 'revisions', 'mentions']);
export const COMMENT_OPTIONAL_COLUMNS: ReadonlySet<string> = new Set(['mentioned_user_ids', 'edited_at', 'deleted_by', 'hidden_by', 'hidden_reason', 'updated_at']);

/** User fields that read none of AUTHOR_OPTIONAL_COLUMNS. */
export const USER_FIELDS_WITHOUT_OPTIONAL = new Set(['__typename', 'id', 'displayName', 'jobTitle']);
export const USER_FIELDS_WITH_OPTIONAL = new Set(['email', 'emailVerified', 'createdAt', 'bestuur', 'coordinatorOf', 'roles']);
export const AUTHOR_OPTIONAL_COLUMNS: ReadonlySet<string> = new Set(['email', 'email_verified_at', 'bestuur_id', 'created_at', 'updated_at']);

export interface PageProjection {
  /** Leave COMMENT_OPTIONAL_COLUMNS out. */
  slimComments: boolean;
  /** Leave AUTHOR_OPTIONAL_COLUMNS out; such authors are partial, so they are never shared with the request's user loader. */
  slimAuthors: boolean;
}

const within = (selected: Set<string> | null, allowed: ReadonlySet<string>) => selected !== null && [...selected].every((f) => allowed.has(f));

/** What `comments(…) { edges { node { … author { … } } } }` asks for decides which columns the page reads. */
export function pageProjection(info: GraphQLResolveInfo | undefined): PageProjection {
  if (!info) return { slimComments: false, slimAuthors: false };
  const node = selectedFields(info, ['edges', 'node']);
  const author = selectedFields(info, ['edges', 'node', 'author']);
  return {
    slimComments: within(node, COMMENT_FIELDS_WITHOUT_OPTIONAL),
    // Without `author` in the query, no author needs more than its id either.
    slimAuthors: author === null || within(author, USER_FIELDS_WITHOUT_OPTIONAL),
  };
}

// A partial author travels on its comment object, under a key no other code reads (a WeakMap did
// the same at a cost the garbage collector paid on every page).
const PARTIAL_AUTHOR = Symbol('partialAuthor');
type WithPartialAuthor = CommentEntity & { [PARTIAL_AUTHOR]?: UserEntity };

export function rememberPageAuthor(comment: CommentEntity, author: UserEntity): void {
  (comment as WithPartialAuthor)[PARTIAL_AUTHOR] = author;
}

/** The author read with this comment's page, when it was read partially (see PageProjection). */
export function pageAuthor(comment: CommentEntity): UserEntity | undefined {
  return (comment as WithPartialAuthor)[PARTIAL_AUTHOR];
}
