import { createClient, type Client as WsClient } from 'graphql-ws';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import type { Server } from '../server.js';
import { Client, createUser, type GqlResult } from './harness.js';

/** Test helpers for the werkruimte (discussions): people in roles, operations, live clients. */

export const ORIGIN = 'http://ketenwerk.test';

export const THREAD_FIELDS = `id kind title body bodyHtml tags status pinned locked membersOnly replyCount
  space { id slug } author { id displayName }`;
export const COMMENT_FIELDS = `id parentId body bodyHtml deleted hidden hiddenReason edited usefulCount isAcceptedAnswer author { id }`;

export const Q = {
  createThread: `mutation($input: CreateThreadInput!) { createThread(input: $input) { ${THREAD_FIELDS} } }`,
  updateThread: `mutation($input: UpdateThreadInput!) { updateThread(input: $input) { ${THREAD_FIELDS} editedAt revisions { title body } } }`,
  addComment: `mutation($input: AddCommentInput!) { addComment(input: $input) { ${COMMENT_FIELDS} } }`,
  editComment: `mutation($input: EditCommentInput!) { editComment(input: $input) { ${COMMENT_FIELDS} revisions { body writtenAt editor { id } } } }`,
  deleteComment: `mutation($input: CommentRefInput!) { deleteComment(input: $input) { ${COMMENT_FIELDS} } }`,
  useful: `mutation($input: CommentRefInput!) { markCommentUseful(input: $input) { id usefulCount viewerFoundUseful } }`,
  notUseful: `mutation($input: CommentRefInput!) { unmarkCommentUseful(input: $input) { id usefulCount viewerFoundUseful } }`,
  accept: `mutation($input: CommentRefInput!) { acceptAnswer(input: $input) { id status acceptedAnswer { id } } }`,
  unaccept: `mutation($input: ThreadRefInput!) { unacceptAnswer(input: $input) { id status acceptedAnswer { id } } }`,
  markRead: `mutation($input: ThreadRefInput!) { markThreadRead(input: $input) { id unreadCount lastReadAt } }`,
  pin: `mutation($input: SetThreadPinnedInput!) { setThreadPinned(input: $input) { id pinned } }`,
  lock: `mutation($input: SetThreadLockedInput!) { setThreadLocked(input: $input) { id locked } }`,
  close: `mutation($input: ThreadRefInput!) { closeThread(input: $input) { id status } }`,
  reopen: `mutation($input: ThreadRefInput!) { reopenThread(input: $input) { id status } }`,
  move: `mutation($input: MoveThreadInput!) { moveThread(input: $input) { id space { id slug } } }`,
  hide: `mutation($input: HideCommentInput!) { hideComment(input: $input) { id hidden hiddenReason body } }`,
  unhide: `mutation($input: CommentRefInput!) { unhideComment(input: $input) { id hidden body } }`,
  report: `mutation($input: ReportPostInput!) { reportPost(input: $input) { id status reason } }`,
  resolveReport: `mutation($input: ResolveReportInput!) { resolveReport(input: $input) { id status resolvedBy { id } } }`,
  thread: `query($id: ID!) { thread(id: $id) { ${THREAD_FIELDS} } }`,
};

export const ok = <T = any>(r: GqlResult, path: string): T => {
  if (r.errors) throw new Error(`${path} failed: ${JSON.stringify(r.errors)}`);
  return r.data![path] as T;
};

export async function spaceId(app: Server, slug: string): Promise<string> {
  const [row] = await app.ds.query(`SELECT id FROM spaces WHERE slug = $1`, [slug]);
  return row.id;
}

export async function signIn(app: Server, o: Parameters<typeof createUser>[1] & { coordinates?: string } = {}) {
  const user = await createUser(app, o);
  if (o.coordinates) {
    await app.ds.query(`INSERT INTO region_coordinators (region_id, user_id) SELECT id, $2 FROM regions WHERE slug = $1`, [o.coordinates, user.id]);
  }
  const client = new Client(app.url);
  const r = await client.login(user.email, user.password);
  if (r.errors) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
  return { user, client };
}
export type Person = Awaited<ReturnType<typeof signIn>>;

/** The six roles of the authorisation matrix, around the space of Regio Gent. */
export async function cast(app: Server) {
  return {
    anonymous: { user: { id: '', email: '', password: '' }, client: new Client(app.url) },
    member: await signIn(app, { bestuurCode: '44021', name: 'Marie Gentse' }),
    otherMember: await signIn(app, { bestuurCode: '11002', name: 'Ahmed Antwerpenaar' }),
    coordinator: await signIn(app, { bestuurCode: '44083', name: 'Koen Kringleider', coordinates: 'regio-gent' }),
    otherCoordinator: await signIn(app, { bestuurCode: '11002', name: 'Ann Andere', coordinates: 'regio-antwerpen' }),
    admin: await signIn(app, { admin: true, name: 'Bea Beheer' }),
  };
}
export type Cast = Awaited<ReturnType<typeof cast>>;
export type Role = keyof Cast;
export const ROLES: Role[] = ['anonymous', 'member', 'otherMember', 'coordinator', 'otherCoordinator', 'admin'];

export async function newThread(c: Client, input: Record<string, unknown>) {
  return ok(await c.gql(Q.createThread, { input: { kind: 'VRAAG', title: 'Een vraag over MAGDA', body: 'Hoe vragen we toegang aan?', ...input } }), 'createThread');
}

export async function newComment(c: Client, threadId: string, body = 'Zo doen wij het.', parentId?: string) {
  return ok(await c.gql(Q.addComment, { input: { threadId, body, ...(parentId ? { parentId } : {}) } }), 'addComment');
}

/** A fingerprint of everything the werkruimte stores, to prove a refused request changed nothing. */
export async function fingerprint(app: Server): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of ['threads', 'comments', 'comment_reactions', 'post_revisions', 'discussion_reports', 'space_events', 'audit_events', 'thread_participants']) {
    const [r] = await app.ds.query(`SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS f FROM ${t} x`);
    out[t] = r.f;
  }
  return out;
}

/** Resolves when `check` returns something truthy; rejects after `ms`, naming what was awaited. */
export function eventually<T>(what: string, check: () => T | undefined | null | false | 0 | '', ms = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const v = check();
      if (v) return resolve(v as T);
      if (Date.now() - started > ms) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 20);
    };
    tick();
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A graphql-ws client as a browser with this cookie would open it. */
export function wsClient(url: string, cookie: string | null) {
  const headers = { origin: ORIGIN, ...(cookie ? { cookie } : {}) };
  class BrowserLike extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: BrowserLike, retryAttempts: 0, lazy: true });
}

export interface Collected {
  results: any[];
  error: any;
  done: boolean;
  stop: () => void;
}

export function subscribe(client: WsClient, query: string, variables: Record<string, unknown> = {}): Collected {
  const got: Collected = { results: [], error: null, done: false, stop: () => undefined };
  got.stop = client.subscribe({ query, variables }, {
    next: (r) => { got.results.push(r); },
    error: (e) => { got.error = e; },
    complete: () => { got.done = true; },
  });
  return got;
}

/**
 * The error code that ended a subscription: refused when subscribing (graphql-ws sends the errors as
 * a result, then completes) or cut off later (an error message).
 */
export function endedWith(got: Collected): string | undefined {
  if (Array.isArray(got.error)) return got.error[0]?.extensions?.code;
  const refused = got.results.find((r) => r.errors);
  return got.done ? refused?.errors[0]?.extensions?.code : undefined;
}

export const THREAD_ACTIVITY = `subscription($threadId: ID!, $after: String) {
  threadActivity(threadId: $threadId, after: $after) { position type thread { id status } comment { id body author { displayName } } actor { id } }
}`;
export const SPACE_ACTIVITY = `subscription($spaceId: ID!, $after: String) {
  spaceActivity(spaceId: $spaceId, after: $after) { position type thread { id title } comment { id } }
}`;

/** The newest position in the log, as a client would have last seen it. */
export async function lastPosition(app: Server): Promise<string> {
  const [r] = await app.ds.query(`SELECT coalesce(max(position), 0)::text AS p FROM space_events`);
  return r.p;
}

/** A socket.io client as a browser with this cookie would open it, recording what the server sends. */
export function socketFor(url: string, cookie: string) {
  const s: Socket = io(url, { path: '/socket.io', transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { origin: ORIGIN, cookie } });
  const seen = { viewers: [] as any[], typing: [] as any[], connected: false };
  s.on('connect', () => { seen.connected = true; });
  s.on('thread:viewers', (e) => seen.viewers.push(e));
  s.on('thread:typing', (e) => seen.typing.push(e));
  const emit = (event: string, body: unknown) => new Promise<any>((resolve) => s.emit(event, body, resolve));
  return { s, seen, emit };
}
