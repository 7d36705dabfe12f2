import { Injectable } from '@nestjs/common';
import type { SpaceEventEntity } from './discussion-records.entity.js';

/**
 * Log entries known to be committed: those this instance has just written, handed from the writer to
 * the hub, and those another instance announced with its notice (`remember`), so that the hub need
 * not read back from the table what it already holds. The hub takes them only as a run that follows
 * on from its position without a gap (all committed, so none can be missed); anything else it reads
 * from the table as before.
 */
@Injectable()
export class CommittedEvents {
  private readonly rows = new Map<bigint, SpaceEventEntity>();
  private listener: ((last: bigint) => Promise<void>) | null = null;
  // Entries the hub never took (it read past them from the table) are dropped as it moves on; this
  // only bounds the map should the hub stop reading.
  static readonly MAX = 1000;

  /** Resolves once the hub has handed the entries to this instance's subscribers (or could not). */
  add(rows: readonly SpaceEventEntity[]): Promise<void> {
    if (!rows.length) return Promise.resolve();
    this.remember(rows);
    return this.listener?.(BigInt(rows[rows.length - 1].position)) ?? Promise.resolve();
  }

  /** Entries committed elsewhere, from a notice; the hub, woken by the same notice, takes them. */
  remember(rows: readonly SpaceEventEntity[]): void {
    if (this.rows.size + rows.length > CommittedEvents.MAX) this.rows.clear();
    for (const r of rows) this.rows.set(BigInt(r.position), r);
  }

  /** The hub: called as soon as entries are added, before any notice has gone round the pub/sub. */
  listen(listener: (last: bigint) => Promise<void>): void {
    this.listener = listener;
  }

  /** The entries right after `after`, in order, up to `limit`, if this instance committed them all. */
  takeAfter(after: bigint, limit: number): SpaceEventEntity[] {
    for (const p of this.rows.keys()) if (p <= after) this.rows.delete(p);
    const run: SpaceEventEntity[] = [];
    for (let p = after + 1n; run.length < limit; p++) {
      const r = this.rows.get(p);
      if (!r) break;
      this.rows.delete(p);
      run.push(r);
    }
    return run;
  }
}
