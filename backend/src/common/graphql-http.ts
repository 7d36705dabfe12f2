import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import proxyAddr from 'proxy-addr';
import type { Logger } from 'pino';

/** The request as the GraphQL context builder sees it, over either path (Express or direct). */
export type GraphqlHttpRequest = IncomingMessage & { id?: unknown; ip?: string };

/** A request's first steps, as (req, res, next) middleware: request id, access log, the tests' scoping. */
export type Step = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface DirectGraphqlOptions {
  apollo: ApolloServer<BaseContext>;
  context: (arg: { req: GraphqlHttpRequest; res: ServerResponse }) => Promise<BaseContext>;
  /** Run in order before the request is handled, as Express runs them for every other request. */
  steps: Step[];
  /** Express's compiled `trust proxy` setting, so that `req.ip` is the address Express would give. */
  trustProxy: (addr: string, i: number) => boolean;
  /** The largest body accepted, in bytes (as express.json's `limit`). */
  limit: number;
  /** Refuses what may not reach Apollo (too many operations, too long a query), as the Express path does. */
  guard: (body: unknown) => { status: number; message: string; code: string } | null;
  log: Logger;
}

// `/graphql` or `/graphql?…`, as Express's app.use('/graphql') matches it (no deeper path).
const GRAPHQL_PATH = /^\/graphql(?:\?|$)/;

/** Writes an error in the GraphQL error shape, as every other refusal of /graphql. */
export function sendGraphqlError(res: ServerResponse, status: number, message: string, code: string): void {
  const body = Buffer.from(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', body.length);
  res.end(body);
}

/**
 * Whether the direct path takes this request: a POST to /graphql with a JSON body of a declared
 * length within the limit, in UTF-8 and not compressed. Anything else (GraphiQL, GET, other content
 * types, chunked or compressed bodies, too large a body) goes through Express as before.
 */
export function takesDirectly(req: IncomingMessage, limit: number): boolean {
  if (req.method !== 'POST' || !req.url || !GRAPHQL_PATH.test(req.url)) return false;
  const [type, ...params] = (req.headers['content-type'] ?? '').split(';');
  if (type.trim().toLowerCase() !== 'application/json') return false;
  for (const p of params) {
    const eq = p.indexOf('=');
    if (eq < 0 || p.slice(0, eq).trim().toLowerCase() !== 'charset') return false;
    const charset = p.slice(eq + 1).trim().replace(/"/g, '').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') return false;
  }
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const length = req.headers['content-length'];
  return length !== undefined && /^\d+$/.test(length) && Number(length) <= limit && req.headers['transfer-encoding'] === undefined;
}

function readBody(req: IncomingMessage, length: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= length) chunks.push(c);
    });
    req.on('end', () => resolve(size === length ? Buffer.concat(chunks, size) : null));
    // A client that goes away: whatever comes first (a later resolve is a no-op).
    req.on('error', () => resolve(null));
    req.on('close', () => resolve(null));
  });
}

async function send(res: ServerResponse, answer: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    const body = Buffer.from(answer.body.string);
    res.setHeader('Content-Length', body.length);
    res.end(body);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}

/** An Express application as far as this needs it: it hands every request to `handle`. */
export interface ExpressLike {
  handle: (req: IncomingMessage, res: ServerResponse, next?: unknown) => void;
}

/**
 * POST /graphql straight from node:http to Apollo, without Express: its router, its request and
 * response objects (set up for every request) and its body parser cost about a fifth of the CPU of
 * a thread page (bench/discussions/thread-read-ab.mjs). What Express did for these requests is done
 * here the same way: the same first steps (request id, access log), the same body limit, the same
 * refusals, `req.ip` by the same `trust proxy` rule, the same context builder and Apollo server.
 * It takes over Express's own entry point (`app.handle`), so the server's other request listeners
 * still see every request: socket.io's, and Apollo's drain, which counts requests in flight so that
 * a shutdown lets them finish.
 */
export function serveGraphqlDirectly(express: ExpressLike, o: DirectGraphqlOptions): void {
  const viaExpress = express.handle.bind(express);

  const handle = async (req: GraphqlHttpRequest, res: ServerResponse) => {
    const bytes = await readBody(req, Number(req.headers['content-length']));
    if (!bytes) {
      if (!res.headersSent && !res.destroyed) sendGraphqlError(res, 400, 'De aanvraag kwam niet volledig aan.', 'BAD_REQUEST');
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(bytes.toString('utf8'));
    } catch {
      body = undefined;
    }
    if (body === null || typeof body !== 'object') {
      sendGraphqlError(res, 400, 'De aanvraag is geen geldige JSON.', 'BAD_REQUEST');
      return;
    }
    const refused = o.guard(body);
    if (refused) {
      sendGraphqlError(res, refused.status, refused.message, refused.code);
      return;
    }
    req.ip = proxyAddr(req, o.trustProxy);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url!;
    const answer = await o.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: url.includes('?') ? url.slice(url.indexOf('?')) : '', body },
      context: () => o.context({ req, res }),
    });
    await send(res, answer);
  };

  const direct = (req: IncomingMessage, res: ServerResponse) => {
    let i = 0;
    const next = (): void => {
      const step = o.steps[i++];
      if (step) return step(req, res, next);
      handle(req, res).catch((err: unknown) => {
        o.log.error({ err, requestId: (req as GraphqlHttpRequest).id }, 'unexpected error in POST /graphql');
        if (!res.headersSent) sendGraphqlError(res, 500, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', 'INTERNAL_SERVER_ERROR');
        else res.destroy();
      });
    };
    next();
  };

  express.handle = (req, res, next) => (takesDirectly(req, o.limit) ? direct(req, res) : viaExpress(req, res, next));
}
