import { getArgumentValues, getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { selectedFieldNodes, selectedFields, selects } from '../../common/selection.js';
import type { UserEntity } from '../accounts/user.entity.js';
import type { CommentEntity } from './comment.entity.js';
import type { ThreadEntity } from './thread.entity.js';

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

/**
 * What `comments(…) { edges { node { … author { … } } } }` asks for decides which columns the page reads
 * (`at`: where `comments` is below the current field; none when resolving `comments` itself).
 */
export function pageProjection(info: GraphQLResolveInfo | undefined, at: readonly string[] = []): PageProjection {
  if (!info) return { slimComments: false, slimAuthors: false };
  const node = selectedFields(info, [...at, 'edges', 'node']);
  const author = selectedFields(info, [...at, 'edges', 'node', 'author']);
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

/** The first page of a thread's comments a query asks for, read with the thread (ThreadsService.getWithFirstPage). */
export interface FirstPagePlan {
  first: number;
  projection: PageProjection;
  /** The query asks for the page's totalCount. */
  count: boolean;
}

/**
 * For `thread(id) { … comments(first: n) { … } }`: the page to read along with the thread, so the page
 * costs no statement of its own. Null when the query asks for no comments, for a later page (`after`),
 * for several pages (aliases), or with a page size `comments` would refuse.
 */
export function firstPagePlan(info: GraphQLResolveInfo): FirstPagePlan | null {
  const nodes = new Set(selectedFieldNodes(info, 'comments'));
  if (nodes.size !== 1) return null;
  const thread = getNamedType(info.returnType);
  const field = isObjectType(thread) ? thread.getFields().comments : undefined;
  if (!field) return null;
  let args: { first?: unknown; after?: unknown };
  try {
    args = getArgumentValues(field, [...nodes][0], info.variableValues);
  } catch {
    // Arguments that do not even coerce: `comments` reports them itself.
    return null;
  }
  const first = args.first ?? 20;
  if (args.after != null || typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > 100) return null;
  return { first, projection: pageProjection(info, ['comments']), count: selects(info, ['comments', 'totalCount']) };
}

export interface FirstPage extends FirstPagePlan {
  /** Rows as arrays (JSON rows, see jsonColumns): the comment's columns, then its author's. */
  rows: unknown[][];
  /** The page's totalCount, when the query asked for it. */
  total?: number;
}

// The page read with a thread travels on the thread object of that request.
const FIRST_PAGE = Symbol('firstPage');
type WithFirstPage = ThreadEntity & { [FIRST_PAGE]?: FirstPage };

export function rememberFirstPage(thread: ThreadEntity, page: FirstPage): void {
  (thread as WithFirstPage)[FIRST_PAGE] = page;
}

/** The rows read with the thread, when they are the page asked for now. */
export function firstPageRows(thread: ThreadEntity, first: number, after: string | null | undefined, projection: PageProjection): FirstPage | undefined {
  const page = (thread as WithFirstPage)[FIRST_PAGE];
  if (!page || after || page.first !== first) return undefined;
  const p = page.projection;
  return p.slimComments === projection.slimComments && p.slimAuthors === projection.slimAuthors ? page : undefined;
}
