import { Injectable } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, In, type EntityManager } from 'typeorm';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { paginate } from '../../common/pagination.js';
import { InjectPubSub } from '../../common/tokens.js';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { MilestoneEntity } from './milestone.entity.js';
import { milestoneEvents, setStatus } from './milestones.service.js';
import { refreshRollup } from './progress.js';
import { ProgressUpdateEntity, ProgressUpdateRevisionEntity, type MilestoneChange } from './progress-update.entity.js';
import { isTeam, requireTeam, roleIn } from './traject-access.js';
import { TrajectEvents, type EventRecorder } from './traject-events.js';
import type { TrajectEntity } from './traject.entity.js';
import { TrajectenService } from './trajecten.service.js';
import type {
  CreateProgressUpdateInput, MilestoneChangeInput, ProgressUpdateIdInput, ProgressUpdatesArgs, ScheduleProgressUpdateInput, UpdateProgressUpdateInput,
} from './progress-updates.inputs.js';
import { ProgressUpdateStatus, TrajectEventType } from './trajecten.enums.js';

/** RETURNING rows of an UPDATE: pg answers [rows, count], the embedded database just the rows. */
export function returnedRows<T>(result: unknown): T[] {
  const r = result as unknown[];
  return (Array.isArray(r[0]) ? r[0] : r) as T[];
}

/** Announced on the pub/sub when an update is scheduled, so every instance's publisher wakes up in time. */
export const UPDATE_SCHEDULED = 'internal.trajectUpdateScheduled';
export interface UpdateScheduledEvent {
  publishAt: string;
}

/** Voortgangsberichten: the team writes, schedules and publishes them; publishing applies their milestone changes. */
@Injectable()
export class ProgressUpdatesService {
  constructor(
    private readonly ds: DataSource,
    private readonly events: TrajectEvents,
    private readonly trajecten: TrajectenService,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
  ) {}

  async list(viewer: Viewer | null, args: ProgressUpdatesArgs) {
    const traject = await this.trajecten.visibleById(viewer, args.trajectId);
    const status = args.status ?? ProgressUpdateStatus.PUBLISHED;
    if (status !== ProgressUpdateStatus.PUBLISHED && !isTeam(requireViewer(viewer), await roleIn(this.ds.manager, traject.id, viewer))) {
      throw new ForbiddenError('Alleen het team ziet concepten en geplande berichten.');
    }
    const qb = this.ds.getRepository(ProgressUpdateEntity).createQueryBuilder('u')
      .where('u.traject_id = :id AND u.status = :status', { id: traject.id, status });
    // Cursors carry milliseconds; truncating keeps the order and the cursor comparison consistent.
    const sort = {
      [ProgressUpdateStatus.PUBLISHED]: { col: 'published_at', key: (u: ProgressUpdateEntity) => u.publishedAt!, direction: 'DESC' as const },
      [ProgressUpdateStatus.SCHEDULED]: { col: 'publish_at', key: (u: ProgressUpdateEntity) => u.publishAt!, direction: 'ASC' as const },
      [ProgressUpdateStatus.DRAFT]: { col: 'updated_at', key: (u: ProgressUpdateEntity) => u.updatedAt, direction: 'DESC' as const },
    }[status];
    return paginate(qb, args, {
      column: `date_trunc('milliseconds', u.${sort.col})`, value: (u) => sort.key(u).toISOString(), direction: sort.direction,
    });
  }

  async create(viewer: Viewer | null, input: CreateProgressUpdateInput): Promise<ProgressUpdateEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m) => {
      const { traject } = await requireTeam(m, v, { id: input.trajectId });
      const changes = await this.checkMilestoneChanges(m, traject.id, input.milestoneChanges ?? []);
      return m.getRepository(ProgressUpdateEntity).save(m.getRepository(ProgressUpdateEntity).create({
        trajectId: traject.id, authorId: v.user.id, title: input.title.trim(), body: input.body,
        status: ProgressUpdateStatus.DRAFT, milestoneChanges: changes, attachProgress: input.attachProgress ?? false,
      }));
    });
  }

  async update(viewer: Viewer | null, input: UpdateProgressUpdateInput): Promise<ProgressUpdateEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const { update } = await this.lockUpdate(m, v, input.updateId);
      const published = update.status === ProgressUpdateStatus.PUBLISHED;
      if (published && (input.milestoneChanges !== undefined || input.attachProgress !== undefined)) {
        const field = input.milestoneChanges !== undefined ? 'milestoneChanges' : 'attachProgress';
        throw new BadInputError({ [field]: 'Dit bericht is al gepubliceerd: mijlpalen en voortgang liggen vast.' });
      }
      const title = input.title?.trim() ?? update.title;
      const body = input.body ?? update.body;
      if (published && (title !== update.title || body !== update.body)) {
        await m.insert(ProgressUpdateRevisionEntity, { updateId: update.id, title: update.title, body: update.body, editedBy: v.user.id });
        update.editedAt = new Date();
        await events.emit(update.trajectId, TrajectEventType.UPDATE_EDITED, { updateId: update.id });
      }
      update.title = title;
      update.body = body;
      if (input.milestoneChanges !== undefined) update.milestoneChanges = await this.checkMilestoneChanges(m, update.trajectId, input.milestoneChanges);
      if (input.attachProgress !== undefined) update.attachProgress = input.attachProgress;
      return m.getRepository(ProgressUpdateEntity).save(update);
    });
  }

  async schedule(viewer: Viewer | null, input: ScheduleProgressUpdateInput): Promise<ProgressUpdateEntity> {
    const v = requireViewer(viewer);
    const publishAt = input.publishAt ?? null;
    if (publishAt && publishAt.getTime() <= Date.now()) throw new BadInputError({ publishAt: 'Dit tijdstip ligt in het verleden.' });
    const saved = await this.events.change(v.user.id, async (m) => {
      const { update } = await this.lockUpdate(m, v, input.updateId);
      if (update.status === ProgressUpdateStatus.PUBLISHED) throw new ConflictError('Dit bericht is al gepubliceerd.');
      update.status = publishAt ? ProgressUpdateStatus.SCHEDULED : ProgressUpdateStatus.DRAFT;
      update.publishAt = publishAt;
      return m.getRepository(ProgressUpdateEntity).save(update);
    });
    if (publishAt) {
      const event: UpdateScheduledEvent = { publishAt: publishAt.toISOString() };
      await this.pubSub.publish(UPDATE_SCHEDULED, event);
    }
    return saved;
  }

  async publish(viewer: Viewer | null, input: ProgressUpdateIdInput): Promise<ProgressUpdateEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const { traject, update } = await this.lockUpdate(m, v, input.updateId);
      const claimed = await this.claim(m, update.id, false);
      if (!claimed) throw new ConflictError('Dit bericht is al gepubliceerd.');
      return this.applyPublication(m, events, traject, claimed, v.user.id);
    });
  }

  async delete(viewer: Viewer | null, input: ProgressUpdateIdInput): Promise<TrajectEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m) => {
      const { traject, update } = await this.lockUpdate(m, v, input.updateId);
      if (update.status === ProgressUpdateStatus.PUBLISHED) throw new ConflictError('Een gepubliceerd bericht kan je niet verwijderen; pas het aan.');
      await m.delete(ProgressUpdateEntity, { id: update.id });
      return traject;
    });
  }

  /**
   * Turns an unpublished update into a published one, atomically: the UPDATE only matches while the
   * row is not yet published, so of two callers (two instances, or a person and the scheduler) exactly
   * one gets the row back.
   */
  async claim(m: EntityManager, updateId: string, onlyDue: boolean): Promise<ProgressUpdateEntity | null> {
    const rows = returnedRows<{ id: string }>(await m.query(
      `UPDATE progress_updates SET status = 'PUBLISHED', published_at = now(), updated_at = now()
       WHERE id = $1 AND ${onlyDue ? `status = 'SCHEDULED' AND publish_at <= now()` : `status <> 'PUBLISHED'`}
       RETURNING id`,
      [updateId],
    ));
    if (!rows.length) return null;
    return m.getRepository(ProgressUpdateEntity).findOneByOrFail({ id: updateId });
  }

  /** Applies the update's milestone changes, refreshes the roll-up, keeps a progress snapshot and records the events. */
  async applyPublication(m: EntityManager, events: EventRecorder, traject: TrajectEntity, update: ProgressUpdateEntity, actorId: string | null) {
    const ids = update.milestoneChanges.map((c) => c.milestoneId);
    const milestones = ids.length ? await m.getRepository(MilestoneEntity).findBy({ id: In(ids), trajectId: traject.id }) : [];
    const byId = new Map(milestones.map((ms) => [ms.id, ms]));
    const touched: { ms: MilestoneEntity; before: MilestoneEntity['status'] }[] = [];
    for (const c of update.milestoneChanges) {
      const ms = byId.get(c.milestoneId);
      if (!ms || ms.status === c.status) continue;
      const before = ms.status;
      setStatus(ms, c.status);
      await m.getRepository(MilestoneEntity).save(ms);
      touched.push({ ms, before });
    }
    await events.emit(traject.id, TrajectEventType.UPDATE_PUBLISHED, { updateId: update.id, title: update.title, authorId: update.authorId });
    for (const { ms, before } of touched) await milestoneEvents(events, traject.id, ms, before, update.id);
    await refreshRollup(m, events, traject, actorId, update.id);
    if (update.attachProgress) {
      update.progressSnapshot = traject.progress;
      await m.update(ProgressUpdateEntity, update.id, { progressSnapshot: traject.progress });
    }
    return update;
  }

  private async checkMilestoneChanges(m: EntityManager, trajectId: string, changes: MilestoneChangeInput[]): Promise<MilestoneChange[]> {
    if (!changes.length) return [];
    const ids = changes.map((c) => c.milestoneId);
    if (new Set(ids).size !== ids.length) throw new BadInputError({ milestoneChanges: 'Elke mijlpaal kan maar één keer wijzigen.' });
    const found = await m.getRepository(MilestoneEntity).countBy({ id: In(ids), trajectId });
    if (found !== ids.length) throw new BadInputError({ milestoneChanges: 'Deze mijlpaal hoort niet bij dit traject.' });
    return changes.map((c) => ({ milestoneId: c.milestoneId, status: c.status }));
  }

  /** The update and its traject, locked, after checking the viewer is on the team. */
  private async lockUpdate(m: EntityManager, v: Viewer, updateId: string) {
    const found = await m.getRepository(ProgressUpdateEntity).findOneBy({ id: updateId });
    if (!found) throw new NotFoundError('Voortgangsbericht');
    const { traject } = await requireTeam(m, v, { id: found.trajectId });
    const update = await m.getRepository(ProgressUpdateEntity).findOneBy({ id: updateId });
    if (!update) throw new NotFoundError('Voortgangsbericht');
    return { traject, update };
  }
}
