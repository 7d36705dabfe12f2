import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (def: number) =>
  z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').positive('must be positive').default(def);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'must be a number' }).int().min(0, 'must be between 0 and 65535').max(65535, 'must be between 0 and 65535').default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: positiveInt(10),
  DATA_DIR: z.string().min(1).default('./data'),
  RUN_MIGRATIONS: bool.default(true),
  APP_ORIGIN: z.url({ message: 'must be a URL such as https://ketenwerk.example.be' }).optional(),
  EXTRA_ORIGINS: z.string().default(''),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Ketenwerk <noreply@ketenwerk.local>'),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: bool.default(false),
  GRAPHQL_JIT: bool.default(true),
  SESSION_TTL_DAYS: positiveInt(30),
  /** How long an instance keeps a checked session in memory (0: ask the database on every request). */
  SESSION_CACHE_SECONDS: z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 or more').max(60, 'must be at most 60').default(5),
  FRONTEND_DIST: z.string().optional(),
  MAIL_POLL_SECONDS: positiveInt(10),
  APP_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional(),
});

export type Env = z.infer<typeof schema>;

export interface AppConfig extends Omit<Env, 'APP_ORIGIN' | 'APP_SECRET'> {
  APP_ORIGIN: string;
  /** Signs links in mails (one-click unsubscribe); outside production a random one per process. */
  APP_SECRET: string;
  /** Origins allowed for browser requests and WebSocket handshakes. */
  allowedOrigins: string[];
  isProduction: boolean;
  /** Load demo data (embedded default or --demo), never automatically in production. */
  demo: boolean;
}

export class ConfigError extends Error {}

/** Validates the environment; a wrong value stops the process with one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    const got = env[name] === undefined ? '' : ` (got "${String(env[name]).slice(0, 80)}")`;
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message}${got}`);
  }
  const e = parsed.data;
  const appOrigin = (e.APP_ORIGIN ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const extra = e.EXTRA_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean);
  const devOrigins = e.NODE_ENV === 'production' ? [] : [`http://127.0.0.1:${e.PORT}`, 'http://localhost:5173'];
  const isProduction = e.NODE_ENV === 'production';
  // Signed links must keep working across restarts and instances, so production needs a fixed secret.
  if (isProduction && !e.APP_SECRET) throw new ConfigError('Invalid configuration: APP_SECRET is required in production (at least 32 characters)');
  return {
    ...e,
    APP_ORIGIN: appOrigin,
    APP_SECRET: e.APP_SECRET ?? randomBytes(32).toString('hex'),
    allowedOrigins: [...new Set([appOrigin, ...devOrigins, ...extra])],
    isProduction,
    demo: argv.includes('--demo') || (!e.DATABASE_URL && !isProduction),
  };
}
