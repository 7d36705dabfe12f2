import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';
import { SpaceEventEntity } from './discussion-records.entity.js';
import type { DiscussionEventType } from './event-log.js';

/** A werkruimte event as other modules see it. */
export interface DomainEvent {
  position: string;
  type: DiscussionEventType;
  spaceId: string;
  threadId: string | null;
  actorId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export type DomainEventHandler = (event: DomainEvent) => void | Promise<void>;
/** A durable handler writes its effects with `m`, in the transaction that also moves its cursor. */
export type DurableHandler = (event: DomainEvent, m: EntityManager) => Promise<void>;

const toDomainEvent = (r: SpaceEventEntity): DomainEvent => ({
  position: String(r.position), type: r.type as DiscussionEventType, spaceId: r.spaceId, threadId: r.threadId,
  actorId: r.actorId, payload: r.payload, createdAt: r.createdAt,
});

/**
 * The internal event bus, fed from space_events after commit, in log order. Two ways to listen:
 * - `on(type, handler)`: in-process, on every instance, at most once (e.g. to drop a cache);
 * - `consume(name, handler)`: durable, exactly one instance handles each event, once per consumer,
 *   its cursor moving in the same transaction as the handler's writes (e.g. notifications).
 */
@Injectable()
export class DomainEvents implements OnModuleDestroy {
  private readonly log = new Logger('DomainEvents');
  private readonly handlers = new Map<string, Set<DomainEventHandler>>();
  private readonly consumers = new Map<string, DurableHandler>();
  private pumping: Promise<void> | null = null;
  private pumpAgain = false;
  private stopped = false;
  /** A durable handler failed: try again at the hub's next poll. */
  private failed = false;

  constructor(private readonly ds: DataSource) {}

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.pumping;
  }

  /** `type` '*' hears everything. Returns a function that stops listening. */
  on(type: DiscussionEventType | '*', handler: DomainEventHandler): () => void {
    let set = this.handlers.get(type);
    if (!set) this.handlers.set(type, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  /**
   * Registers a durable consumer. A new consumer starts at the end of the log (events before its
   * registration are not replayed); its position is kept in space_event_cursors.
   */
  async consume(name: string, handler: DurableHandler): Promise<void> {
    await this.ds.query(
      `INSERT INTO space_event_cursors (consumer, position) SELECT $1, coalesce(max(position), 0) FROM space_events ON CONFLICT DO NOTHING`,
      [name],
    );
    this.consumers.set(name, handler);
    this.wake();
  }

  /** Called by the hub with each batch, in order. */
  dispatch(rows: readonly SpaceEventEntity[]): void {
    for (const r of rows) {
      const e = toDomainEvent(r);
      for (const h of [...(this.handlers.get(r.type) ?? []), ...(this.handlers.get('*') ?? [])]) {
        try {
          void Promise.resolve(h(e)).catch((err: Error) => this.log.error({ err, position: e.position }, 'event handler failed'));
        } catch (err) {
          this.log.error({ err, position: e.position }, 'event handler failed');
        }
      }
    }
    if (rows.length) this.wake();
  }

  /** Runs the durable consumers until they have caught up; one run at a time per instance. */
  wake(): Promise<void> {
    if (!this.consumers.size || this.stopped) return Promise.resolve();
    if (this.pumping) {
      this.pumpAgain = true;
      return this.pumping;
    }
    this.pumping = (async () => {
      do {
        this.pumpAgain = false;
        for (const [name, handler] of this.consumers) {
          while (await this.pumpOnce(name, handler).catch((err: Error) => {
            this.log.error({ err, consumer: name }, 'durable event consumer failed; retrying later');
            this.failed = true;
            return false;
          }));
        }
      } while (this.pumpAgain && !this.stopped);
    })().finally(() => {
      this.pumping = null;
    });
    return this.pumping;
  }

  /**
   * Called by the hub's poll. Events that arrive while another instance holds a consumer's cursor
   * are picked up by that instance (its hub wakes it too); only failures need a later try.
   */
  retryFailed(): Promise<void> {
    if (!this.failed) return Promise.resolve();
    this.failed = false;
    return this.wake();
  }

  /** One batch for one consumer; true when there may be more. Another instance holding the cursor means skip. */
  private pumpOnce(name: string, handler: DurableHandler): Promise<boolean> {
    return inTransaction(this.ds, async (m) => {
      const [cursor]: { position: string }[] = await m.query(
        `SELECT position FROM space_event_cursors WHERE consumer = $1 FOR UPDATE SKIP LOCKED`,
        [name],
      );
      if (!cursor) return false;
      const rows: SpaceEventEntity[] = await m
        .getRepository(SpaceEventEntity)
        .createQueryBuilder('e')
        .where('e.position > :p', { p: cursor.position })
        .orderBy('e.position')
        .limit(100)
        .getMany();
      for (const r of rows) await handler(toDomainEvent(r), m);
      if (rows.length) {
        await m.query(`UPDATE space_event_cursors SET position = $2, updated_at = now() WHERE consumer = $1`, [name, rows[rows.length - 1].position]);
      }
      return rows.length === 100;
    });
  }
}
