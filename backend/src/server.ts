import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config.js';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { GRAPHQL_MODULE_OPTIONS, GraphQLModule } from '@nestjs/graphql';
import { QUERY_LIMITS } from './common/graphql.config.js';
import { sendGraphqlError, serveGraphqlDirectly, type DirectGraphqlOptions, type ExpressLike, type GraphqlHttpRequest, type Step } from './common/graphql-http.js';
import { NestPinoLogger } from './common/logger.js';
import { createValidationPipe } from './common/validation.js';
import { createDataSource } from './database/data-source.js';
import { hasPendingMigrations, runMigrations, withStartupLock } from './database/migrate.js';
import { seedDemo } from './database/seeds/demo.seed.js';
import { seedTrajecten } from './database/seeds/trajecten.seed.js';
import { seedReference } from './database/seeds/reference.seed.js';
import { seedDiscussionsDemo } from './database/seeds/discussions.seed.js';
import { seedCatalogueDemo } from './modules/catalogue/demo/catalogue-demo.seed.js';
import { seedSpaces } from './modules/discussions/spaces.seed.js';
import { KetenwerkIoAdapter } from './modules/realtime/socket-io.adapter.js';
import { REDIS } from './common/tokens.js';

export interface Server {
  app: NestExpressApplication;
  ds: DataSource;
  url: string;
  close: () => Promise<void>;
}

const API_PATHS = /^\/(graphql|socket\.io|health|ready|feeds|exports|imports|uitschrijven)(\/|$|\?)/;

/** Large enough that an over-long field gets a field error rather than a bare 413. */
const BODY_LIMIT = 2 * 1024 * 1024;

/** Refuses oversized batches and query texts before Apollo parses anything (on both paths to Apollo). */
function refuseQuery(body: unknown): { status: number; message: string; code: string } | null {
  const ops = Array.isArray(body) ? body : [body];
  if (ops.length > QUERY_LIMITS.batch) return { status: 400, message: `Hoogstens ${QUERY_LIMITS.batch} bewerkingen per verzoek.`, code: 'BAD_REQUEST' };
  if (ops.some((op: { query?: unknown }) => typeof op?.query === 'string' && op.query.length > QUERY_LIMITS.queryLength)) {
    return { status: 400, message: `Een query mag hoogstens ${QUERY_LIMITS.queryLength} tekens lang zijn.`, code: 'BAD_REQUEST' };
  }
  return null;
}

function queryGuard(req: Request, res: Response, next: NextFunction) {
  const refused = req.method === 'POST' ? refuseQuery(req.body) : null;
  if (refused) return sendGraphqlError(res, refused.status, refused.message, refused.code);
  next();
}

/** A body Express could not read (too large, not JSON, …), answered in the GraphQL error shape like the direct path. */
function bodyError(err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) {
  if (!err || typeof err.status !== 'number' || err.status >= 500) return next(err);
  if (err.type === 'entity.too.large') return sendGraphqlError(res, 413, `De aanvraag is te groot (hoogstens ${BODY_LIMIT / 1024 / 1024} MB).`, 'BAD_REQUEST');
  if (err.type === 'entity.parse.failed') return sendGraphqlError(res, 400, 'De aanvraag is geen geldige JSON.', 'BAD_REQUEST');
  sendGraphqlError(res, err.status, 'De aanvraag kon niet gelezen worden.', 'BAD_REQUEST');
}

function frontendDir(cfg: AppConfig): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = cfg.FRONTEND_DIST ? resolve(cfg.FRONTEND_DIST) : join(here, '../../frontend/dist');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/** Prepares the database (migrations, reference data, demo data) under a lock, then serves the app. */
export interface StartOptions {
  /** Express middleware placed in front of everything but logging (tests use it to scope requests). */
  middleware?: (req: Request, res: Response, next: NextFunction) => void;
}

export async function startServer(cfg: AppConfig, log: Logger, options: StartOptions = {}): Promise<Server> {
  const started = Date.now();
  const ds = createDataSource(cfg);
  await ds.initialize();
  await withStartupLock(ds, async () => {
    if (cfg.RUN_MIGRATIONS) {
      const ran = await runMigrations(ds);
      if (ran.length) log.info({ migrations: ran }, 'migrations applied');
    } else if (await hasPendingMigrations(ds)) {
      throw new Error('The database has pending migrations and RUN_MIGRATIONS=false: run `npm run migrate -w backend` first.');
    }
    await seedReference(ds);
    await seedSpaces(ds);
    if (cfg.demo) await seedDemo(ds);
    if (cfg.demo) await seedCatalogueDemo(ds);
    if (cfg.demo) await seedDiscussionsDemo(ds);
    if (cfg.demo) await seedTrajecten(ds);
  });

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(cfg, ds, log), {
    logger: new NestPinoLogger(log),
    bodyParser: false,
  });
  app.set('trust proxy', cfg.TRUST_PROXY);
  app.disable('x-powered-by');
  // No automatic ETag (a hash of every response body): GraphQL answers POSTs, and the feeds set their own.
  app.set('etag', false);
  const requestId = (req: IncomingMessage, res: ServerResponse) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    return id;
  };
  const first: Step = log.isLevelEnabled('info')
    ? pinoHttp({ logger: log, genReqId: requestId, autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' } })
    // Access lines are info: at a quieter level only the request id is kept (for error logs and X-Request-Id).
    : (req, res, next) => {
      (req as GraphqlHttpRequest).id = requestId(req, res);
      next();
    };
  const steps = [first, ...(options.middleware ? [options.middleware as unknown as Step] : [])];
  for (const step of steps) app.use(step);
  app.use('/graphql', express.json({ limit: BODY_LIMIT }), bodyError, queryGuard);
  const web = frontendDir(cfg);
  if (web) {
    app.use(express.static(web, { index: false, maxAge: '1h' }));
    // Client-side routing: any other GET for a page gets the app shell.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
      res.sendFile(join(web, 'index.html'));
    });
  }
  app.useGlobalPipes(createValidationPipe());
  app.useWebSocketAdapter(new KetenwerkIoAdapter(app, cfg, app.get(REDIS)));
  app.enableShutdownHooks();
  await app.init();
  const graphql = app.get(GraphQLModule);
  const expressApp = app.getHttpAdapter().getInstance() as express.Express;
  serveGraphqlDirectly(expressApp as unknown as ExpressLike, {
    apollo: (graphql.graphQlAdapter as unknown as { instance: ApolloServer<BaseContext> }).instance,
    context: app.get<{ context: DirectGraphqlOptions['context'] }>(GRAPHQL_MODULE_OPTIONS).context,
    steps,
    trustProxy: expressApp.get('trust proxy fn'),
    limit: BODY_LIMIT,
    guard: refuseQuery,
    log,
  });
  await app.listen(cfg.PORT, cfg.HOST);
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  log.info({ url, embedded: !cfg.DATABASE_URL, demo: cfg.demo, ms: Date.now() - started }, 'Ketenwerk is ready');
  return {
    app,
    ds,
    url,
    close: async () => {
      await app.close();
      if (ds.isInitialized) await ds.destroy();
    },
  };
}
