/**
 * Global setup for the browser journeys:
 *  - checks that Chromium and the built backend/frontend exist,
 *  - creates a fresh PostgreSQL database ketenwerk_e2e_<random>,
 *  - starts `node ../backend/dist/main.js --demo` on a free port and waits for GET /ready,
 *  - provides the base URL to the tests (inject('baseUrl')),
 *  - on teardown stops the server and drops the database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const FRONTEND_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// E2E_BACKEND_MAIN lets you point the journeys at another backend build (default: the monorepo's).
const BACKEND_MAIN = resolve(FRONTEND_DIR, process.env.E2E_BACKEND_MAIN ?? '../backend/dist/main.js');
const FRONTEND_INDEX = resolve(FRONTEND_DIR, 'dist/index.html');
const ADMIN_DATABASE_URL = process.env.E2E_ADMIN_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const READY_TIMEOUT_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function waitForReady(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`Backend stopte voortijdig (exit ${server.exitCode ?? server.signalCode}).\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      lastProblem = `GET /ready gaf ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Backend niet klaar binnen ${READY_TIMEOUT_MS / 1000} s (${lastProblem}).\n${output()}`);
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolveStop) => {
    if (server.exitCode !== null || server.signalCode !== null) {
      resolveStop();
      return;
    }
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    server.kill('SIGTERM');
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `\n\n*** Chromium ontbreekt: installeer het Debian-pakket chromium (verwacht op ${CHROMIUM_PATH}). ***\n\n`,
    );
  }
  if (!existsSync(BACKEND_MAIN)) {
    throw new Error(`Backend niet gebouwd: ${BACKEND_MAIN} ontbreekt. Voer eerst "npm run build -w backend" uit.`);
  }
  if (!existsSync(FRONTEND_INDEX)) {
    throw new Error(`Frontend niet gebouwd: ${FRONTEND_INDEX} ontbreekt. Voer eerst "npm run build -w frontend" uit.`);
  }

  const dbName = `ketenwerk_e2e_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${dbName}"`));

  const dropDatabase = () =>
    withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)).catch((error) => {
      console.error(`Kon database ${dbName} niet verwijderen:`, error);
    });

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const server = spawn(process.execPath, [BACKEND_MAIN, '--demo'], {
    cwd: resolve(FRONTEND_DIR, '../backend'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(dbName),
      PORT: String(port),
      NODE_ENV: 'production',
      APP_ORIGIN: baseUrl,
      // Production mode requires a secret (signed links such as the unsubscribe link).
      APP_SECRET: process.env.APP_SECRET ?? randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);

  try {
    await waitForReady(baseUrl, server, () => `--- backend-uitvoer ---\n${log}`);
  } catch (error) {
    await stop(server);
    await dropDatabase();
    throw error;
  }

  project.provide('baseUrl', baseUrl);

  return async () => {
    await stop(server);
    await dropDatabase();
  };
}
