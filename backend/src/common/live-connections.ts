import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { SESSIONS_REVOKED, type SessionsRevokedEvent } from '../modules/accounts/sessions.service.js';
import { InjectPubSub } from './tokens.js';

interface Closable {
  socket: { close: (code: number, reason: string) => void };
}

/**
 * The graphql-ws connections open on this instance, by session: when a session is revoked
 * (on any instance: the event travels through Redis when REDIS_URL is set), its live connections close at once.
 */
@Injectable()
export class LiveConnections implements OnModuleInit {
  private readonly bySession = new Map<string, Set<Closable>>();

  constructor(@InjectPubSub() private readonly pubSub: PubSubEngine) {}

  async onModuleInit(): Promise<void> {
    await this.pubSub.subscribe(SESSIONS_REVOKED, (e: SessionsRevokedEvent) => {
      for (const id of e.sessionIds) {
        for (const c of this.bySession.get(id) ?? []) c.socket.close(4401, 'Session ended');
        this.bySession.delete(id);
      }
    }, {});
  }

  track(sessionId: string, c: Closable): void {
    let set = this.bySession.get(sessionId);
    if (!set) this.bySession.set(sessionId, (set = new Set()));
    set.add(c);
  }

  untrack(sessionId: string, c: Closable): void {
    this.bySession.get(sessionId)?.delete(c);
  }
}
