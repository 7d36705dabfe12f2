import { Injectable } from '@nestjs/common';
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

// last_seen_at is refreshed at most this often, so reads do not write on every request.
const TOUCH_AFTER_MS = 5 * 60 * 1000;

@Injectable()
export class SessionsService {
  constructor(
    private readonly ds: DataSource,
    @InjectConfig() private readonly cfg: AppConfig,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
  ) {}

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
    // One query for the session and its person: this runs for every signed-in request and handshake.
    const [row] = await sql(this.ds, this.resolveSql(), [hashToken(token)], 'kw_session_resolve');
    const user = row && hydrate(this.ds, UserEntity, row, 'u_');
    if (!user) return null;
    const session = { id: row.session_id as string, lastSeenAt: new Date(row.session_last_seen_at as Date | string) };
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await this.ds.getRepository(SessionEntity).update(session.id, { lastSeenAt: new Date() });
    }
    return { user, sessionId: session.id };
  }

  private resolveSql(): string {
    return `SELECT ${selectColumns(this.ds, UserEntity, 'u', 'u_')}, s.id AS session_id, s.last_seen_at AS session_last_seen_at
      FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now()`;
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
    const event: SessionsRevokedEvent = { userId, sessionIds };
    return this.pubSub.publish(SESSIONS_REVOKED, event);
  }
}
