import { Injectable, Logger } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, type EntityManager } from 'typeorm';
import { BadInputError } from '../../common/errors.js';
import { InjectPubSub } from '../../common/tokens.js';
import { inTransaction } from '../../database/transaction.js';
import { TrajectEventType, TrajectVisibility } from './trajecten.enums.js';

/** One entry of the traject_events log. `position` is a bigint, passed around as a string. */
export interface TrajectEvent {
  position: string;
  trajectId: string;
  type: TrajectEventType;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export type TrajectEventListener = (event: TrajectEvent) => void | Promise<void>;

export const trajectChannel = (trajectId: string) => `trajectEvents:${trajectId}`;

/**
 * In-process listeners for traject events, called after the change has committed, on the instance
 * that made it (the notifications module registers here). The events are also durable in the
 * traject_events table, for anyone who must not miss one across restarts.
 */
@Injectable()
export class TrajectEventListeners {
  private readonly log = new Logger('TrajectEvents');
  private readonly listeners = new Set<TrajectEventListener>();

  /** Returns a function that removes the listener again. */
  register(listener: TrajectEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async notify(events: TrajectEvent[]): Promise<void> {
    for (const e of events) {
      for (const l of this.listeners) {
        try {
          await l(e);
        } catch (err) {
          this.log.error({ err, position: e.position, type: e.type }, 'traject event listener failed');
        }
      }
    }
  }
}

/**
 * Collects the events written inside one transaction, to announce them once it has committed. Every
 * payload carries `actorId`: who made the change (null when the platform did, e.g. a scheduled publication).
 */
export class EventRecorder {
  readonly events: TrajectEvent[] = [];

  constructor(private readonly m: EntityManager, readonly actorId: string | null) {}

  async emit(trajectId: string, type: TrajectEventType, data: Record<string, unknown> = {}): Promise<TrajectEvent> {
    const payload = { ...data, actorId: this.actorId };
    const [row] = await this.m.query(
      `INSERT INTO traject_events (traject_id, type, payload) VALUES ($1, $2, $3)
       RETURNING position::text AS position, created_at`,
      [trajectId, type, JSON.stringify(payload)],
    );
    const event: TrajectEvent = { position: row.position, trajectId, type, payload, createdAt: row.created_at };
    this.events.push(event);
    return event;
  }
}

/** A streamed event, or the signal that the viewer may no longer see the traject. */
export type StreamItem = { event: TrajectEvent; denied?: false } | { denied: true };

const POSITION = /^\d{1,18}$/;
const BATCH = 200;

@Injectable()
export class TrajectEvents {
  private readonly log = new Logger('TrajectEvents');

  constructor(
    private readonly ds: DataSource,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
    private readonly listeners: TrajectEventListeners,
  ) {}

  /**
   * Runs `work` in one transaction on behalf of `actorId` (the viewer; null for the platform itself);
   * the events it records carry that actor and are announced after the commit.
   */
  async change<T>(actorId: string | null, work: (m: EntityManager, events: EventRecorder) => Promise<T>): Promise<T> {
    let recorder!: EventRecorder;
    const result = await inTransaction(this.ds, (m) => {
      recorder = new EventRecorder(m, actorId);
      return work(m, recorder);
    });
    await this.announce(recorder.events);
    return result;
  }

  /** Tells subscribers on every instance (only the position: they read the log themselves) and local listeners. */
  async announce(events: TrajectEvent[]): Promise<void> {
    for (const e of events) {
      // The change is committed: a failed publish is logged, and the next event or a resume catches up.
      await this.pubSub.publish(trajectChannel(e.trajectId), { position: e.position })
        .catch((err) => this.log.error({ err, position: e.position }, 'could not publish a traject event'));
    }
    await this.listeners.notify(events);
  }

  /**
   * The traject's events after `after` (or from now when null), then live: read from the log in
   * position order whenever the pub/sub says something new was written, so there is no gap and no
   * duplicate. The visibility is checked again for every event.
   */
  async stream(trajectId: string, after: string | null | undefined, opts: {
    canSee: (visibility: TrajectVisibility) => boolean;
    types?: TrajectEventType[];
  }): Promise<AsyncIterableIterator<StreamItem>> {
    if (after != null && !POSITION.test(after)) throw new BadInputError({ after: 'Ongeldige positie.' });
    const stream = new EventStream(this.ds, this.pubSub, trajectId, opts.canSee, opts.types ? new Set(opts.types) : null);
    await stream.start(after ?? null);
    return stream;
  }
}

class EventStream implements AsyncIterableIterator<StreamItem> {
  private readonly queue: StreamItem[] = [];
  private last = '0';
  private wake = true;
  private done = false;
  private waiter: (() => void) | null = null;
  private subId: number | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly pubSub: PubSubEngine,
    private readonly trajectId: string,
    private readonly canSee: (visibility: TrajectVisibility) => boolean,
    private readonly types: Set<TrajectEventType> | null,
  ) {}

  async start(after: string | null): Promise<void> {
    // Listen first, then find where "now" is: anything written in between is read, not lost.
    this.subId = await this.pubSub.subscribe(trajectChannel(this.trajectId), () => this.signal(), {});
    if (after !== null) {
      this.last = after;
      return;
    }
    const [row] = await this.ds.query(
      `SELECT coalesce(max(position), 0)::text AS p FROM traject_events WHERE traject_id = $1`, [this.trajectId]);
    this.last = row.p;
  }

  private signal(): void {
    this.wake = true;
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }

  async next(): Promise<IteratorResult<StreamItem>> {
    for (;;) {
      if (this.queue.length) return { value: this.queue.shift()!, done: false };
      if (this.done) return { value: undefined, done: true };
      if (this.wake) {
        this.wake = false;
        await this.read();
        continue;
      }
      await new Promise<void>((resolve) => { this.waiter = resolve; });
    }
  }

  private async read(): Promise<void> {
    const rows: (TrajectEvent & { visibility: TrajectVisibility })[] = await this.ds.query(
      `SELECT e.position::text AS position, e.traject_id AS "trajectId", e.type, e.payload, e.created_at AS "createdAt", t.visibility
       FROM traject_events e JOIN trajects t ON t.id = e.traject_id
       WHERE e.traject_id = $1 AND e.position > $2 ORDER BY e.position LIMIT ${BATCH}`,
      [this.trajectId, this.last],
    );
    if (rows.length === BATCH) this.wake = true;
    for (const { visibility, ...event } of rows) {
      this.last = event.position;
      if (!this.canSee(visibility)) {
        this.queue.push({ denied: true });
        this.finish();
        return;
      }
      if (!this.types || this.types.has(event.type)) this.queue.push({ event });
    }
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    if (this.subId !== null) this.pubSub.unsubscribe(this.subId);
    this.signal();
  }

  async return(): Promise<IteratorResult<StreamItem>> {
    this.finish();
    this.queue.length = 0;
    return { value: undefined, done: true };
  }

  async throw(err: unknown): Promise<IteratorResult<StreamItem>> {
    this.finish();
    throw err;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
