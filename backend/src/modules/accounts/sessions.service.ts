import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config.js';
import { InjectConfig, InjectPubSub } from '../../common/tokens.js';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import type { PubSubEngine } from 'graphql-subscriptions';
import { NotFoundError } from '../../common/errors.js';
import { SessionEntity } from './session.entity.js';
import { UserEntity } from './user.entity.js';
import { hashToken, newToken } from './tokens.js';
import { hydrate, selectColumns, sql } from '../../database/rows.js';

export const SESSIONS_REVOKED = 'internal.sessionsRevoked';
export interface SessionsRevokedEvent {
  sessionIds: string[];
  userId: string;
}
/** A person's account changed (name, bestuur, administrator rights, …): checked sessions of theirs are dropped. */
export const USER_CHANGED = 'internal.userChanged';
export interface UserChangedEvent {
  userId: string;
}

// last_seen_at is refreshed at most this often, so reads do not write on every request.
const TOUCH_AFTER_MS = 5 * 60 * 1000;
// Checked sessions kept per instance; beyond this the oldest go first.
const CACHE_MAX = 10_000;
/** The name of the prepared statement that looks a session up. */
export const SESSION_LOOKUP = 'kw_session_resolve';

interface Checked {
  user: UserEntity;
  sessionId: string;
  lastSeenAt: number;
  expiresAt: number;
  /** Until when this check may be used. */
  until: number;
}

/**
 * Sessions behind the `kw_session` cookie. A checked session is kept in memory for
 * SESSION_CACHE_SECONDS (5 by default), so a page that sends several requests asks the database once.
 * Revoking a session and changing an account drop it at once, on this instance before the call
 * returns and on the others through the pub/sub (Redis when REDIS_URL is set); a check that was
 * under way while something was dropped is not kept. A change made outside the app, straight in the
 * database, counts after at most SESSION_CACHE_SECONDS.
 */
@Injectable()
export class SessionsService implements OnModuleInit {
  private readonly checked = new Map<string, Checked>();
  /** Bumped whenever something is dropped, so a check that began before it is not kept. */
  private generation = 0;

  constructor(
    private readonly ds: DataSource,
    @InjectConfig() private readonly cfg: AppConfig,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.pubSub.subscribe(SESSIONS_REVOKED, (e: SessionsRevokedEvent) => this.forget((c) => e.sessionIds.includes(c.sessionId)), {});
    await this.pubSub.subscribe(USER_CHANGED, (e: UserChangedEvent) => this.forget((c) => c.user.id === e.userId), {});
  }

  get ttlSeconds(): number {
    return this.cfg.SESSION_TTL_DAYS * 24 * 3600;
  }

  async create(userId: string, meta: { userAgent?: string | null; ip?: string | null }): Promise<{ token: string; session: SessionEntity }> {
    const { token, hash } = newToken();
    const now = new Date();
    const session = await this.ds.getRepository(SessionEntity).save({
      userId,
      tokenHash: hash,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip ?? null,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.ttlSeconds * 1000),
    });
    return { token, session };
  }

  /** The viewer behind a cookie token, or null when it is unknown, revoked or expired. */
  async resolve(token: string | null): Promise<Viewer | null> {
    if (!token) return null;
    const hash = hashToken(token);
    const now = Date.now();
    const known = this.checked.get(hash);
    if (known && now < known.until && now < known.expiresAt) {
      await this.touch(known, now);
      // Every request gets its own viewer: per-request caches are keyed on it, and nothing shared is handed out.
      return { user: Object.assign(new UserEntity(), known.user), sessionId: known.sessionId };
    }
    if (known) this.checked.delete(hash);
    const generation = this.generation;
    // One query for the session and its person: this runs for every signed-in request and handshake.
    const [row] = await sql(this.ds, this.resolveSql(), [hash], SESSION_LOOKUP);
    const user = row && hydrate(this.ds, UserEntity, row, 'u_');
    if (!user) return null;
    const session: Checked = {
      user, sessionId: row.session_id as string, lastSeenAt: new Date(row.session_last_seen_at as Date | string).getTime(),
      expiresAt: new Date(row.session_expires_at as Date | string).getTime(), until: now + this.cfg.SESSION_CACHE_SECONDS * 1000,
    };
    await this.touch(session, now);
    if (this.cfg.SESSION_CACHE_SECONDS > 0 && generation === this.generation) {
      if (this.checked.size >= CACHE_MAX) this.checked.delete(this.checked.keys().next().value!);
      this.checked.set(hash, { ...session, user: Object.assign(new UserEntity(), user) });
    }
    return { user, sessionId: session.sessionId };
  }

  private async touch(session: Checked, now: number): Promise<void> {
    if (now - session.lastSeenAt <= TOUCH_AFTER_MS) return;
    session.lastSeenAt = now;
    await this.ds.getRepository(SessionEntity).update(session.sessionId, { lastSeenAt: new Date(now) });
  }

  private resolveSql(): string {
    return `SELECT ${selectColumns(this.ds, UserEntity, 'u', 'u_')}, s.id AS session_id, s.last_seen_at AS session_last_seen_at,
        s.expires_at AS session_expires_at
      FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now()`;
  }

  /** After a change to a person's account has been committed: their checked sessions are dropped everywhere. */
  async userChanged(userId: string): Promise<void> {
    this.forget((c) => c.user.id === userId);
    const event: UserChangedEvent = { userId };
    await this.pubSub.publish(USER_CHANGED, event);
  }

  private forget(which: (c: Checked) => boolean): void {
    this.generation++;
    for (const [hash, c] of this.checked) if (which(c)) this.checked.delete(hash);
  }

  listFor(viewer: Viewer | null): Promise<SessionEntity[]> {
    const v = requireViewer(viewer);
    return this.ds.getRepository(SessionEntity).find({ where: { userId: v.user.id }, order: { lastSeenAt: 'DESC' } });
  }

  /** Ends one of the viewer's own sessions; someone else's session is "not found". */
  async revokeOwn(viewer: Viewer | null, sessionId: string): Promise<void> {
    const v = requireViewer(viewer);
    const res = await this.ds.getRepository(SessionEntity).delete({ id: sessionId, userId: v.user.id });
    if (!res.affected) throw new NotFoundError('Sessie');
    await this.announce(v.user.id, [sessionId]);
  }

  /** Ends every session of a user (or all but one); revocation is immediate everywhere. */
  async revokeAll(userId: string, exceptSessionId?: string): Promise<void> {
    const qb = this.ds.getRepository(SessionEntity).createQueryBuilder().delete().where('user_id = :userId', { userId });
    if (exceptSessionId) qb.andWhere('id <> :id', { id: exceptSessionId });
    const res = await qb.returning('id').execute();
    const ids = (res.raw as { id: string }[]).map((r) => r.id);
    if (ids.length) await this.announce(userId, ids);
  }

  // Live connections (graphql-ws, socket.io) on every instance close when their session ends.
  private announce(userId: string, sessionIds: string[]): Promise<void> {
    // Here at once; the other instances when the event reaches them.
    this.forget((c) => sessionIds.includes(c.sessionId));
    const event: SessionsRevokedEvent = { userId, sessionIds };
    return this.pubSub.publish(SESSIONS_REVOKED, event);
  }
}
