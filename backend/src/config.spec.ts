import { loadConfig } from './config.js';

const SECRET = 'een-geheim-van-minstens-32-tekens-lang';

describe('loadConfig', () => {
  it('uses the embedded database and demo data when nothing is set', () => {
    const cfg = loadConfig({}, []);
    expect(cfg.DATABASE_URL).toBeUndefined();
    expect(cfg.PORT).toBe(3000);
    expect(cfg.demo).toBe(true);
    expect(cfg.APP_ORIGIN).toBe('http://localhost:3000');
  });

  it('never loads demo data by itself in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', APP_SECRET: SECRET }, []).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', APP_SECRET: SECRET }, ['--demo']).demo).toBe(true);
  });

  it('requires APP_SECRET in production, and makes one per process elsewhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, [])).toThrow(/APP_SECRET is required in production/);
    expect(() => loadConfig({ APP_SECRET: 'kort' }, [])).toThrow(/APP_SECRET must be at least 32 characters/);
    expect(loadConfig({ NODE_ENV: 'production', APP_SECRET: SECRET }, []).APP_SECRET).toBe(SECRET);
    const a = loadConfig({}, []).APP_SECRET;
    expect(a).toHaveLength(64);
    expect(loadConfig({}, []).APP_SECRET).not.toBe(a);
  });

  it.each([
    ['PORT', 'abc', /PORT must be a number/],
    ['PORT', '70000', /PORT must be between 0 and 65535/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL must start with postgres/],
    ['RUN_MIGRATIONS', 'maybe', /RUN_MIGRATIONS must be true or false/],
    ['APP_ORIGIN', 'not a url', /APP_ORIGIN must be a URL/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
    ['SESSION_CACHE_SECONDS', '-1', /SESSION_CACHE_SECONDS must be 0 or more/],
    ['SESSION_CACHE_SECONDS', '600', /SESSION_CACHE_SECONDS must be at most 60/],
  ])('rejects %s=%s with one line naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value }, [])).toThrow(message);
  });
});
