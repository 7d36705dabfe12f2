import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config.js';
import { InjectConfig, InjectPubSub } from '../../common/tokens.js';
import { inTransaction } from '../../database/transaction.js';
import { SPACE_EVENTS_CHANNEL } from '../discussions/event-log.js';
import { TrajectEventListeners } from '../trajecten/traject-events.js';
import { fanOut, type Inserted, type LogEvent } from './fanout.js';
import { NotificationDelivery } from './notifications.enums.js';
import { LOG_SOURCES, type LogSource } from './log-sources.js';
import { NotificationMailer } from './notification-mailer.js';
import { NotificationsGateway } from './notifications.gateway.js';
import { WORKER_DB } from './worker-db.js';

const BATCH = 100;
/**
 * How long a notice waits before the consumer runs: long enough that a comment's fan-out to its
 * subscribers (tens of milliseconds for a thousand) goes first, and that a burst of comments is
 * handled in one transaction instead of one each. Notifications are not that urgent.
 */
const NOTICE_DELAY_MS = 100;

/** A bound that becomes safe once the transactions that were writing to the log at the time have ended. */
interface PendingBound {
  bound: string;
  writers: string[];
}

/**
 * The outbox consumer. Every instance runs one; for each event log it claims the cursor row (FOR
 * UPDATE SKIP LOCKED, so one instance handles a batch), reads the entries after it, writes their
 * notifications, automatic follows and direct mails, and moves the cursor, all in one transaction:
 * a crash loses nothing and repeats nothing. After the commit each recipient's unread count is pushed.
 *
 * Positions are handed out when an entry is inserted, not when it commits, so a later position can
 * become visible before an earlier one. The consumer therefore reads only up to the highest position
 * handed out at a moment when no other transaction was writing to that log.
 */
@Injectable()
export class NotificationsConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Notifications');
  private sources: LogSource[] = [];
  private readonly pending = new Map<string, PendingBound>();
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;
  private deferred: NodeJS.Timeout | null = null;
  private subId: number | null = null;
  private unregister: (() => void) | null = null;

  constructor(
    @Inject(WORKER_DB) private readonly ds: DataSource,
    private readonly main: DataSource,
    private readonly mailer: NotificationMailer,
    private readonly gateway: NotificationsGateway,
    private readonly moduleRef: ModuleRef,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
    @InjectConfig() private readonly cfg: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const source of LOG_SOURCES) {
      const [exists] = await this.ds.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [source.table]);
      if (!exists?.ok) continue;
      // A new cursor starts at the end of the log: history is not announced again.
      await inTransaction(this.ds, (m) => m.query(
        `INSERT INTO notification_cursors (source, position) SELECT $1, coalesce(max(position), 0) FROM ${source.table} ON CONFLICT DO NOTHING`,
        [source.name],
      ));
      this.sources.push(source);
    }
    // Woken right after a change commits (the werkruimte tells every instance, trajecten the local one);
    // the poll catches the rest (audit entries, and notices lost on the way).
    this.subId = await this.pubSub.subscribe(SPACE_EVENTS_CHANNEL, () => this.later(), {});
    const listeners = this.optional(TrajectEventListeners);
    this.unregister = listeners?.register(() => void this.wake()) ?? null;
    this.timer = setInterval(() => void this.wake(), this.cfg.MAIL_POLL_SECONDS * 1000);
    this.timer.unref();
    void this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.retry) clearTimeout(this.retry);
    if (this.deferred) clearTimeout(this.deferred);
    if (this.subId !== null) this.pubSub.unsubscribe(this.subId);
    this.unregister?.();
    await this.running;
    if (this.ds !== this.main && this.ds.isInitialized) await this.ds.destroy();
  }

  private optional<T>(type: new (...args: never[]) => T): T | null {
    try {
      return this.moduleRef.get(type, { strict: false });
    } catch {
      return null;
    }
  }

  /** Processes everything there is now; concurrent calls share one run (and ask for another pass). */
  wake(): Promise<void> {
    if (this.stopped || !this.ds.isInitialized) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        const behind = await this.behind();
        for (const source of this.sources) {
          // A log with a bound still waiting for its writers is read too: that pass settles the bound.
          if (!behind.has(source.name) && !this.pending.has(source.name)) continue;
          while (!this.stopped && (await this.batch(source).catch((err: Error) => {
            this.log.error({ err, source: source.name }, 'notification consumer failed; retrying later');
            return false;
          })));
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private later(): void {
    if (this.deferred || this.stopped) return;
    this.deferred = setTimeout(() => {
      this.deferred = null;
      void this.wake();
    }, NOTICE_DELAY_MS);
    this.deferred.unref();
  }

  /**
   * The logs with entries after their cursor, in one query (a log with none is then not opened in a
   * transaction of its own); on failure, all of them.
   */
  private async behind(): Promise<Set<string>> {
    const all = new Set(this.sources.map((s) => s.name));
    try {
      const rows: { source: string }[] = await this.ds.query(
        `SELECT c.source FROM notification_cursors c JOIN unnest($1::text[], $2::text[]) AS s (source, tbl) USING (source)
         WHERE c.position < coalesce(pg_sequence_last_value(pg_get_serial_sequence(s.tbl, 'position')::regclass), 0)`,
        [this.sources.map((s) => s.name), this.sources.map((s) => s.table)],
      );
      return new Set(rows.map((r) => r.source));
    } catch (err) {
      this.log.warn({ err }, 'could not tell which logs grew; reading them all');
      return all;
    }
  }

  /** Waits until every entry written before the call has been handled (for tests and the benchmark). */
  async drain(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      await this.wake();
      if (!this.pending.size && (await this.caughtUp())) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the notification consumer did not catch up');
  }

  private async caughtUp(): Promise<boolean> {
    for (const s of this.sources) {
      const [r] = await this.ds.query(
        `SELECT (SELECT coalesce(max(position), 0) FROM ${s.table}) <= (SELECT position FROM notification_cursors WHERE source = $1) AS ok`, [s.name]);
      if (!r.ok) return false;
    }
    return true;
  }

  /** One batch of one log; true when there may be more right away. */
  private async batch(source: LogSource): Promise<boolean> {
    const touched = new Set<string>();
    const more = await inTransaction(this.ds, async (m) => {
      const [cursor]: { position: string }[] = await m.query(
        `SELECT position::text AS position FROM notification_cursors WHERE source = $1 FOR UPDATE SKIP LOCKED`, [source.name]);
      if (!cursor) return false;
      const bound = await this.safeBound(m, source);
      if (BigInt(bound) <= BigInt(cursor.position)) return false;
      const events = await source.read(m, cursor.position, bound, BATCH);
      const direct: string[] = [];
      for (const e of events) {
        const inserted = await this.handle(m, source, e);
        for (const n of inserted) {
          touched.add(n.recipientId);
          if (n.delivery === NotificationDelivery.DIRECT) direct.push(n.id);
        }
      }
      await this.mailer.direct(m, direct);
      const full = events.length === BATCH;
      const next = full ? events[events.length - 1].position : bound;
      await m.query(`UPDATE notification_cursors SET position = $2, updated_at = now() WHERE source = $1`, [source.name, next]);
      return full;
    });
    await this.gateway.emitCounts(touched, this.ds).catch((err: Error) => this.log.warn({ err }, 'could not push unread counts'));
    return more;
  }

  /**
   * One entry, inside a savepoint: an entry its handler cannot process (a bug, an unexpected
   * payload) is logged and skipped instead of stopping every notification behind it.
   */
  private async handle(m: EntityManager, source: LogSource, e: LogEvent): Promise<Inserted[]> {
    const handler = source.handlers[e.type];
    if (!handler) return [];
    const inserted: Inserted[] = [];
    await m.query('SAVEPOINT notification_entry');
    try {
      await handler(e, { m, fan: async (spec) => { inserted.push(...(await fanOut(m, spec))); } });
      await m.query('RELEASE SAVEPOINT notification_entry');
      return inserted;
    } catch (err) {
      await m.query('ROLLBACK TO SAVEPOINT notification_entry');
      this.log.error({ err, source: source.name, position: e.position, type: e.type }, 'skipped an event the notifications could not handle');
      return [];
    }
  }

  /**
   * The highest position that can be read without skipping one still to commit: the last position
   * handed out, read before looking for transactions that hold a write lock on the log. With no such
   * writer it is safe at once; otherwise it becomes safe once those writers have finished (checked on
   * the next pass, soon), while positions handed out later wait for a later bound.
   */
  private async safeBound(m: EntityManager, source: LogSource): Promise<string> {
    const [{ b }] = await m.query(
      `SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence($1, 'position')::regclass), 0)::text AS b`, [source.table]);
    const rows: { vxid: string }[] = await m.query(
      `SELECT DISTINCT virtualtransaction AS vxid FROM pg_locks
       WHERE locktype = 'relation' AND relation = $1::regclass AND mode = 'RowExclusiveLock' AND granted AND pid <> pg_backend_pid()
         AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [source.table],
    );
    const writers = rows.map((r) => r.vxid);
    if (!writers.length) {
      this.pending.delete(source.name);
      return b;
    }
    this.soon();
    const pending = this.pending.get(source.name);
    if (!pending) {
      this.pending.set(source.name, { bound: b, writers });
      return '0';
    }
    if (pending.writers.some((w) => writers.includes(w))) return '0';
    // The earlier bound is safe now; the current one waits for the writers seen now.
    this.pending.set(source.name, { bound: b, writers });
    return pending.bound;
  }

  private soon(): void {
    if (this.retry || this.stopped) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.wake();
    }, 50);
    this.retry.unref();
  }
}
