import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ServerResponse } from 'node:http';
import type { Request } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config.js';
import type { SessionsService } from '../modules/accounts/sessions.service.js';
import type { GqlContext } from './context.js';
import { readSessionToken } from './cookies.js';
import { isClientSafe } from './errors.js';
import type { GraphqlHttpRequest } from './graphql-http.js';
import { JitGateway } from './jit-executor.js';
import { createLoaders } from './loaders.js';
import type { LiveConnections } from './live-connections.js';
import { bindOperation, subscribeSharing, type OperationSocket } from './shared-subscribe.js';
import type { Viewer } from './viewer.js';

export const QUERY_LIMITS = { depth: 10, aliases: 15, cost: 5000, tokens: 2000, batch: 5, queryLength: 15_000 };

interface WsExtra {
  request: Request;
  socket: OperationSocket;
  viewer?: Viewer | null;
}

/** Anything that is not a known client error reaches the client as INTERNAL_SERVER_ERROR, without details. */
export function maskUnexpected(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (isClientSafe(formatted.extensions?.code)) return formatted;
  return {
    message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Logs each unexpected error once, with the request id the client got in X-Request-Id. */
export function unexpectedErrorLogger(log: Logger): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const e of errors) {
            if (isClientSafe(e.extensions?.code)) continue;
            log.error({ err: e.originalError ?? e, requestId: contextValue.requestId, operationName, path: e.path }, 'unexpected error');
          }
        },
      };
    },
  };
}

const HELD = Symbol('heldUntilClose');

/**
 * Once an HTTP answer has gone out, empties what this operation's objects still point at. Apollo's
 * gateway interface (how compiled queries run, jit-executor.ts) wraps a copy of the request context
 * in an object literal with a getter and a setter; V8 allocates such an accessor pair in the old
 * generation, and until the next full collection it keeps that copy reachable for every young one.
 * The copy shares the context, the request and the response objects with the original, so all of a
 * request (our context with its loaders and their entities, the answer's data, the headers) was
 * copied twice and promoted: some 50 KB per thread page, scavenges of 6–10 ms several times a second
 * under load (docs/features/werkruimte.md, "Garbage"). Nothing reads these fields once the answer is
 * written; what the pair still holds is then a few empty objects.
 */
export function releaseAfterResponse(): ApolloServerPlugin<GqlContext> {
  const emptied = (o: object) => {
    for (const key of Object.keys(o)) (o as Record<string, unknown>)[key] = undefined;
  };
  return {
    async requestDidStart({ contextValue, request, response }) {
      const res = contextValue.res as (ServerResponse & { [HELD]?: object[] }) | undefined;
      if (!res) return;
      // One listener per response, however many operations a batch holds.
      let held = res[HELD];
      if (!held) {
        const list: object[] = (held = res[HELD] = []);
        res.once('close', () => list.splice(0).forEach(emptied));
      }
      held.push(contextValue, request, response);
    },
  };
}
export function isAllowedOrigin(cfg: AppConfig, origin: string | undefined): boolean {
  return !origin || cfg.allowedOrigins.includes(origin);
}

/** Apollo + graphql-ws setup: one context builder, one error model, query limits before any resolver runs. */
export function graphqlOptions(cfg: AppConfig, ds: DataSource, sessions: SessionsService, live: LiveConnections, log: Logger): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.depth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.aliases },
    costLimit: { maxCost: QUERY_LIMITS.cost },
    maxTokens: { n: QUERY_LIMITS.tokens },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: cfg.isProduction },
  }).protect();

  // One object literal with every field, not a spread of a shared part plus more: V8 gives a spread
  // that has seen several shapes a hidden class of its own per object (docs/features/werkruimte.md,
  // "Garbage").
  const context = (
    viewer: Viewer | null, requestId: string, ip: string, userAgent: string | null,
    setCookie: GqlContext['setCookie'], req?: GraphqlHttpRequest, res?: ServerResponse,
  ): GqlContext => ({
    viewer,
    loaders: createLoaders(ds),
    requestId,
    meta: { ip, userAgent },
    secureCookies: cfg.isProduction,
    setCookie,
    req,
    res,
  });

  // Queries execute as compiled functions (see jit-executor.ts); Nest hands the schema it built to the gateway.
  const jit = cfg.GRAPHQL_JIT ? new JitGateway() : null;

  return {
    autoSchemaFile: true,
    ...(jit ? { transformSchema: jit.capture, gateway: jit } : {}),
    sortSchema: true,
    path: '/graphql',
    graphiql: !cfg.isProduction,
    introspection: !cfg.isProduction,
    csrfPrevention: true,
    ...armor,
    allowBatchedHttpRequests: true,
    includeStacktraceInErrorResponses: !cfg.isProduction,
    // No HTTP caching headers are computed, so the per-field cache-control bookkeeping is pure cost.
    plugins: [...armor.plugins, unexpectedErrorLogger(log), ApolloServerPluginCacheControlDisabled(), releaseAfterResponse()],
    stringifyResult: (result: unknown) => JSON.stringify(result),
    formatError: maskUnexpected,
    // graphql-ws also passes the operation's id.
    // Over HTTP through Express, or straight from node:http (graphql-http.ts): req.id and req.ip are set on both.
    context: async (arg: { req: GraphqlHttpRequest; res: ServerResponse } | WsContext<Record<string, unknown>, WsExtra>, id?: unknown): Promise<GqlContext> => {
      if ('req' in arg && arg.req) {
        const { req, res } = arg;
        const viewer = await sessions.resolve(readSessionToken(req.headers.cookie));
        // req is kept, so that Nest does not copy the context to add it.
        return context(viewer, String(req.id ?? ''), req.ip ?? 'unknown', req.headers['user-agent'] ?? null, (c) => res.appendHeader('Set-Cookie', c), req, res);
      }
      const extra = (arg as WsContext<Record<string, unknown>, WsExtra>).extra;
      const ctx = context(extra.viewer ?? null, 'ws', extra.request.socket.remoteAddress ?? 'unknown', extra.request.headers['user-agent'] ?? null, () => undefined);
      if (typeof id === 'string') bindOperation(ctx, extra.socket, id);
      return ctx;
    },
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // An event that many subscribers receive is executed once per group whose answer is bound to be the same.
        subscribe: subscribeSharing,
        // The handshake authenticates with the session cookie and refuses foreign origins.
        onConnect: async (ctx: WsContext<Record<string, unknown>, WsExtra>) => {
          const req = ctx.extra.request;
          if (!isAllowedOrigin(cfg, req.headers.origin)) return false;
          ctx.extra.viewer = await sessions.resolve(readSessionToken(req.headers.cookie));
          if (ctx.extra.viewer) live.track(ctx.extra.viewer.sessionId, ctx.extra as unknown as { socket: { close: (c: number, r: string) => void } });
          return true;
        },
        onClose: (ctx: WsContext<Record<string, unknown>, WsExtra>) => {
          if (ctx.extra.viewer) live.untrack(ctx.extra.viewer.sessionId, ctx.extra as unknown as { socket: { close: (c: number, r: string) => void } });
        },
      },
    },
  } as ApolloDriverConfig;
}
