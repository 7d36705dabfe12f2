import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { InjectPubSub } from '../../common/tokens.js';
import { ProgressUpdatesService, UPDATE_SCHEDULED, type UpdateScheduledEvent } from './progress-updates.service.js';
import { TrajectEvents } from './traject-events.js';
import { TrajectEntity } from './traject.entity.js';

const BATCH = 50;
// A timer never waits longer than this; it then looks again (setTimeout cannot wait weeks).
const MAX_DELAY_MS = 60 * 60 * 1000;
// When something due is still there after a run (an error, or another instance busy with it), look again after this.
const RETRY_MS = 5_000;

/**
 * Publishes scheduled updates at their time. Every instance keeps a timer for the earliest scheduled
 * update it knows of (read at start-up, and announced over the pub/sub whenever someone schedules one)
 * and then claims what is due. The claim is an UPDATE … WHERE status = 'SCHEDULED' … RETURNING, so when
 * several instances wake up together exactly one publishes each update. Between schedules it sends
 * no queries at all.
 */
@Injectable()
export class ScheduledPublisher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('ScheduledPublisher');
  private timer: NodeJS.Timeout | null = null;
  private timerAt: number | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;
  private subId: number | null = null;
  /** How many updates this instance published (each update is counted by exactly one instance). */
  publishedHere = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly updates: ProgressUpdatesService,
    private readonly events: TrajectEvents,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.subId = await this.pubSub.subscribe(UPDATE_SCHEDULED, (e: UpdateScheduledEvent) => this.arm(new Date(e.publishAt).getTime()), {});
    await this.rearm();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.subId !== null) this.pubSub.unsubscribe(this.subId);
    await this.running;
  }

  /** When this instance will next look for due updates, if it is waiting for one. */
  get nextCheckAt(): Date | null {
    return this.timerAt === null ? null : new Date(this.timerAt);
  }

  private arm(at: number): void {
    if (this.stopped || Number.isNaN(at)) return;
    const fireAt = Math.min(Math.max(at, Date.now()), Date.now() + MAX_DELAY_MS);
    if (this.timerAt !== null && this.timerAt <= fireAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = fireAt;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = null;
      void this.publishDue().then(() => this.rearm()).catch((err) => this.log.error({ err }, 'scheduled publishing failed'));
    }, fireAt - Date.now());
    this.timer.unref();
  }

  /** Arms the timer for the earliest update still scheduled. */
  private async rearm(): Promise<void> {
    if (this.stopped || !this.ds.isInitialized) return;
    const [row] = await this.ds.query(`SELECT min(publish_at) AS at FROM progress_updates WHERE status = 'SCHEDULED'`);
    if (!row?.at) return;
    const at = new Date(row.at).getTime();
    this.arm(at <= Date.now() ? Date.now() + RETRY_MS : at);
  }

  /** Publishes what is due now; one run at a time on this instance. Returns how many this run published. */
  publishDue(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<number> {
    const due: { id: string; traject_id: string }[] = await this.ds.query(
      `SELECT id, traject_id FROM progress_updates WHERE status = 'SCHEDULED' AND publish_at <= now() ORDER BY publish_at, id LIMIT ${BATCH}`,
    );
    let published = 0;
    for (const d of due) {
      if (this.stopped) break;
      try {
        const done = await this.events.change(null, async (m, events) => {
          // The traject first, as every writer does (no deadlocks, events in commit order); if another
          // instance is publishing this update right now, we wait for it and then find nothing to claim.
          const locked: unknown[] = await m.query(`SELECT id FROM trajects WHERE id = $1 FOR NO KEY UPDATE`, [d.traject_id]);
          if (!locked.length) return false;
          const update = await this.updates.claim(m, d.id, true);
          if (!update) return false;
          const traject = await m.getRepository(TrajectEntity).findOneByOrFail({ id: d.traject_id });
          await this.updates.applyPublication(m, events, traject, update, null);
          return true;
        });
        if (done) published++;
      } catch (err) {
        this.log.error({ err, updateId: d.id }, 'could not publish a scheduled update');
      }
    }
    this.publishedHere += published;
    return published;
  }
}
