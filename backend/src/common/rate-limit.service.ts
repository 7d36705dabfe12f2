import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from './errors.js';
import { InjectRedis } from './tokens.js';

export interface Limit {
  points: number;
  seconds: number;
}

/** The named limits; each applies per key (an IP address, an account). */
export const LIMITS = {
  loginFailuresPerIp: [{ points: 10, seconds: 60 }, { points: 30, seconds: 3600 }],
  loginFailuresPerAccount: [{ points: 10, seconds: 60 }, { points: 30, seconds: 3600 }],
  registerPerIp: [{ points: 20, seconds: 3600 }],
  passwordResetPerIp: [{ points: 10, seconds: 3600 }],
  passwordResetPerAccount: [{ points: 3, seconds: 3600 }],
  mailResendPerAccount: [{ points: 5, seconds: 3600 }],
  threadCreatePerAccount: [{ points: 10, seconds: 600 }, { points: 50, seconds: 86400 }],
  commentCreatePerAccount: [{ points: 20, seconds: 60 }, { points: 300, seconds: 3600 }],
  typingPerAccount: [{ points: 60, seconds: 60 }],
  // The editor asks once per change it shows (debounced), so a fast writer stays well below this.
  markdownPreviewPerAccount: [{ points: 60, seconds: 60 }, { points: 600, seconds: 3600 }],
} satisfies Record<string, Limit[]>;
export type LimitName = keyof typeof LIMITS;

/**
 * Rate limits with rate-limiter-flexible: shared through Redis when REDIS_URL is set (so several
 * instances count together), in memory otherwise.
 */
@Injectable()
export class RateLimitService {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(@InjectRedis() private readonly redis: Redis | null) {}

  private limiter(name: LimitName, i: number): RateLimiterAbstract {
    const key = `${name}:${i}`;
    let l = this.limiters.get(key);
    if (!l) {
      const { points, seconds } = LIMITS[name][i];
      const opts = { keyPrefix: `kw:rl:${key}`, points, duration: seconds };
      l = this.redis ? new RateLimiterRedis({ ...opts, storeClient: this.redis, useRedisPackage: false }) : new RateLimiterMemory(opts);
      this.limiters.set(key, l);
    }
    return l;
  }

  /** Counts one attempt; throws RATE_LIMITED when any window for this key is used up. */
  async consume(name: LimitName, key: string): Promise<void> {
    for (let i = 0; i < LIMITS[name].length; i++) {
      try {
        await this.limiter(name, i).consume(key);
      } catch (e) {
        if (e instanceof RateLimiterRes) throw new RateLimitedError(Math.ceil(e.msBeforeNext / 1000));
        throw e;
      }
    }
  }

  /** Throws RATE_LIMITED when the key has no attempts left, without counting one. */
  async check(name: LimitName, key: string): Promise<void> {
    for (let i = 0; i < LIMITS[name].length; i++) {
      const res = await this.limiter(name, i).get(key);
      if (res && res.remainingPoints <= 0 && res.consumedPoints >= LIMITS[name][i].points) {
        throw new RateLimitedError(Math.ceil(res.msBeforeNext / 1000));
      }
    }
  }

  /** Like consume, but reports instead of throwing (for answers that must not reveal the limit). */
  async tryConsume(name: LimitName, key: string): Promise<boolean> {
    try {
      await this.consume(name, key);
      return true;
    } catch (e) {
      if (e instanceof RateLimitedError) return false;
      throw e;
    }
  }

  async reset(name: LimitName, key: string): Promise<void> {
    for (let i = 0; i < LIMITS[name].length; i++) await this.limiter(name, i).delete(key);
  }
}
