import {
  getOperationAST, Kind, print, visit, type ASTNode, type ExecutionArgs, type ExecutionResult, type FragmentDefinitionNode, type SelectionSetNode,
} from 'graphql';
import type { GqlContext } from '../../common/context.js';
import { SHARED_EXECUTION, type SharedExecution } from '../../common/shared-subscribe.js';
import type { SpaceEventEntity } from './discussion-records.entity.js';
import { commentIdOf, threadIdOf, type HydratedBatch } from './event-hydration.js';
import type { RoleTable } from './space-access.js';

/**
 * How the answer of a field reachable from a DiscussionEvent may depend on who asks:
 * - `same`: not at all;
 * - `role`: only on the viewer's role in the event thread's space, on whether they wrote the event's
 *   thread or comment and on whether they found the event's comment "nuttig"; allowed only on the
 *   event's own thread, comment or space.
 * A field not listed here may depend on anything about the viewer (their e-mail, unread state, a
 * comment other than the event's…): a document that selects one is executed per subscriber.
 * When you add or change a field resolver on these types, check its line here (event-sharing.spec.ts
 * fails until every field of these types is either listed or named in PER_VIEWER).
 */
type Dependence = 'same' | 'role';
interface Rule {
  dep: Dependence;
  /** The object type of the value, for the selections below it. */
  type?: string;
  /** The value is the event's own thread, comment or space, when its parent is one of the event's own objects. */
  is?: Tag;
}
type Tag = 'event' | 'thread' | 'comment' | 'space';

const same: Rule = { dep: 'same' };
const role: Rule = { dep: 'role' };
const to = (type: string, is?: Tag, dep: Dependence = 'same'): Rule => ({ dep, type, is });
const fields = (names: string, rule: Rule) => Object.fromEntries(names.split(' ').map((n) => [n, rule]));

export const FIELD_RULES: Readonly<Record<string, Readonly<Record<string, Rule>>>> = {
  DiscussionEvent: {
    ...fields('position type createdAt spaceId', same),
    thread: to('Thread', 'thread'), comment: to('Comment', 'comment'), actor: to('User'),
  },
  Thread: {
    ...fields('id kind title body bodyHtml tags status pinned locked membersOnly createdAt lastActivityAt editedAt replyCount participantCount', same),
    space: to('Space', 'space'), author: to('User'), acceptedAnswer: to('Comment'), participants: to('User'),
    revisions: to('PostRevision'), mentions: to('User'),
    viewerCan: to('ThreadPermissions', undefined, 'role'),
  },
  Comment: {
    ...fields('id parentId createdAt editedAt edited deleted hidden hiddenReason replyCount usefulCount isAcceptedAnswer', same),
    thread: to('Thread', 'thread'), author: to('User'), replies: to('Comment'), mentions: to('User'),
    body: role, bodyHtml: role, viewerFoundUseful: role,
    revisions: to('PostRevision', undefined, 'role'), viewerCan: to('CommentPermissions', undefined, 'role'),
  },
  Space: {
    ...fields('id kind slug name visibility ownerId', same),
    region: to('Region'), threadCount: role, viewerCan: to('SpacePermissions', undefined, 'role'),
  },
  User: { ...fields('id displayName jobTitle emailVerified createdAt roles', same), bestuur: to('Bestuur'), coordinatorOf: to('Region') },
  Bestuur: { ...fields('id code kind name nisCode province arrondissement population', same), region: to('Region') },
  Region: {
    ...fields('id slug code name description province population bestuurCount', same),
    besturen: to('Bestuur'), coordinators: to('User'),
  },
  PostRevision: { ...fields('id title body bodyHtml writtenAt', same), editor: to('User') },
  ThreadPermissions: fields('comment edit moderate acceptAnswer report', same),
  CommentPermissions: fields('edit delete reply react acceptAnswer hide report', same),
  SpacePermissions: fields('read post member moderate announce', same),
};

/** Fields of those types that depend on more than the role: documents selecting them run per subscriber. */
export const PER_VIEWER: Readonly<Record<string, readonly string[]>> = {
  Thread: ['comments', 'unreadCount', 'lastReadAt'],
  User: ['email'],
  Bestuur: ['profile'],
};

const ROOT_FIELDS = new Set(['threadActivity', 'spaceActivity']);

/** What a subscription document needs for its answer to be shared: null when it must run per subscriber. */
export interface Shape {
  /** The document, the operation and the values of the variables used below the root field. */
  document: string;
  /** Whether it selects a `role` field: then the viewer's role and authorship are part of the key. */
  byRole: boolean;
}

class Walk {
  byRole = false;
  readonly variables = new Set<string>();
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly open = new Set<string>();

  constructor(document: ExecutionArgs['document']) {
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(d.name.value, d);
  }

  /** False as soon as a selection may vary by more than the role. */
  selections(set: SelectionSetNode, type: string, tag: Tag | null): boolean {
    for (const s of set.selections) {
      this.collect(s.directives ?? []);
      if (s.kind === Kind.FIELD) {
        if (s.name.value === '__typename') continue;
        const rule = FIELD_RULES[type]?.[s.name.value];
        if (!rule) return false;
        this.collect(s.arguments ?? []);
        if (rule.dep === 'role') {
          if (!tag) return false;
          this.byRole = true;
        }
        if (rule.type && (!s.selectionSet || !this.selections(s.selectionSet, rule.type, tag && rule.is ? rule.is : null))) return false;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (s.typeCondition && s.typeCondition.name.value !== type) return false;
        if (!this.selections(s.selectionSet, type, tag)) return false;
      } else {
        const name = s.name.value;
        const f = this.fragments.get(name);
        if (!f || f.typeCondition.name.value !== type || this.open.has(name)) return false;
        this.open.add(name);
        const ok = this.selections(f.selectionSet, type, tag);
        this.open.delete(name);
        if (!ok) return false;
      }
    }
    return true;
  }

  private collect(nodes: readonly ASTNode[]): void {
    for (const n of nodes) visit(n, { Variable: (v) => void this.variables.add(v.name.value) });
  }
}

export function shapeOf(args: Pick<ExecutionArgs, 'document' | 'operationName' | 'variableValues'>): Shape | null {
  const op = getOperationAST(args.document, args.operationName);
  if (!op || op.operation !== 'subscription' || op.selectionSet.selections.length !== 1) return null;
  const root = op.selectionSet.selections[0];
  if (root.kind !== Kind.FIELD || !ROOT_FIELDS.has(root.name.value) || !root.selectionSet) return null;
  // Only what is below the root field is walked: the root field's own arguments choose the stream
  // (resolveDelivery ignores them), not the answer for an event, so they stay out of the key.
  const walk = new Walk(args.document);
  if (root.directives?.length || !walk.selections(root.selectionSet, 'DiscussionEvent', 'event')) return null;
  const values = args.variableValues ?? {};
  const used = [...walk.variables].sort().map((name) => [name, values[name] ?? null]);
  return { document: `${print(args.document)}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(used)}`, byRole: walk.byRole };
}

/**
 * Everything a `role` field may vary by, for this viewer and this event, as a number: the viewer's
 * role in the event thread's space, whether they wrote the event's thread or comment, and whether
 * they found the event's comment "nuttig". Null when it cannot be told (a thread or comment the
 * batch lacks, a comment of another thread).
 */
export function roleKey(userId: string, row: SpaceEventEntity, batch: HydratedBatch, table: RoleTable): number | null {
  const threadId = threadIdOf(row);
  const commentId = commentIdOf(row);
  const thread = threadId ? batch.threads.get(threadId) : undefined;
  const comment = commentId ? batch.comments.get(commentId) : undefined;
  if ((threadId && !thread) || (commentId && !comment)) return null;
  if (comment && comment.threadId !== thread?.id) return null;
  if (!thread) return 0;
  const r = table.role(userId, thread.spaceId);
  return 1 | (+r.read << 1) | (+r.post << 2) | (+r.member << 3) | (+r.moderate << 4) | (+r.announce << 5)
    | (+(thread.authorId === userId) << 6) | (+(comment?.authorId === userId) << 7)
    | (+(comment !== undefined && batch.usefulBy.get(comment.id)?.has(userId) === true) << 8);
}

type Result = ExecutionResult | Promise<ExecutionResult>;

// Worked out once per subscription and kept on its arguments (graphql-ws hands the same object for
// every event; a symbol key, which nothing else reads), rather than looked up in a WeakMap for
// every subscriber of every event.
const SHAPE = Symbol('shape');
type WithShape = ExecutionArgs & { [SHAPE]?: Shape | null };

/**
 * The sharing of one event among the subscribers it goes to: those with the same document, the same
 * variables and, when the document selects `role` fields, the same role and authorship get one result.
 */
export class SharedDelivery implements SharedExecution {
  private readonly results = new Map<string, Map<number, Result>>();

  constructor(
    private readonly row: SpaceEventEntity,
    private readonly batch: HydratedBatch,
    private readonly table: RoleTable,
  ) {}

  resultFor(args: ExecutionArgs, run: () => Result): Result {
    let shape = (args as WithShape)[SHAPE];
    if (shape === undefined) shape = (args as WithShape)[SHAPE] = shapeOf(args);
    const viewer = (args.contextValue as GqlContext | undefined)?.viewer;
    if (!shape || !viewer) return run();
    const who = shape.byRole ? roleKey(viewer.user.id, this.row, this.batch, this.table) : 0;
    if (who === null) return run();
    let group = this.results.get(shape.document);
    if (!group) this.results.set(shape.document, (group = new Map()));
    let result = group.get(who);
    if (!result) {
      group.set(who, (result = run()));
      // Once worked out, the answer itself is handed out, not the promise: a subscriber who finds it
      // ready can be written to there and then (see subscribeSharing's fast path).
      if (result instanceof Promise) {
        const pending = result;
        pending.then((r) => {
          if (group.get(who) === pending) group.set(who, r);
        }, () => undefined);
      }
    }
    return result;
  }
}

export interface SharedEvent {
  readonly [SHARED_EXECUTION]: SharedExecution;
}

export const shareable = (row: SpaceEventEntity, batch: HydratedBatch, table: RoleTable): SharedEvent => ({
  [SHARED_EXECUTION]: new SharedDelivery(row, batch, table),
});
