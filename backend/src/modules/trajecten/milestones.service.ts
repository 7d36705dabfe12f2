import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors.js';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { recordAudit } from '../audit/audit.service.js';
import { MilestoneEntity } from './milestone.entity.js';
import { IndicatorMeasurementEntity, OutcomeIndicatorEntity } from './outcome-indicator.entity.js';
import { refreshRollup } from './progress.js';
import { requireManager } from './traject-access.js';
import { TrajectEvents, type EventRecorder } from './traject-events.js';
import type { TrajectEntity } from './traject.entity.js';
import type {
  CreateMilestoneInput, CreateOutcomeIndicatorInput, DeleteMilestoneInput, RecordIndicatorMeasurementInput, UpdateMilestoneInput,
} from './trajecten.inputs.js';
import { MilestoneStatus, TrajectEventType } from './trajecten.enums.js';

/** Milestones (with the progress roll-up) and outcome indicators; admins and the traject's leads manage them. */
@Injectable()
export class MilestonesService {
  constructor(private readonly events: TrajectEvents) {}

  async create(viewer: Viewer | null, input: CreateMilestoneInput): Promise<MilestoneEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const { traject } = await requireManager(m, v, { id: input.trajectId });
      const status = input.status ?? MilestoneStatus.GEPLAND;
      const milestone = await m.getRepository(MilestoneEntity).save(m.getRepository(MilestoneEntity).create({
        trajectId: traject.id,
        title: input.title.trim(),
        description: input.description ?? '',
        dueDate: input.dueDate,
        status,
        weight: input.weight ?? 1,
        reachedAt: status === MilestoneStatus.BEHAALD ? new Date() : null,
      }));
      await this.changed(m, events, traject, milestone, null, v.user.id);
      await recordAudit(m, {
        actorId: v.user.id, action: 'milestone.created', subjectType: 'traject', subjectId: traject.id,
        after: { milestoneId: milestone.id, title: milestone.title, status, weight: milestone.weight },
      });
      return milestone;
    });
  }

  async update(viewer: Viewer | null, input: UpdateMilestoneInput): Promise<MilestoneEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const { traject, milestone } = await this.lockMilestone(m, v, input.milestoneId);
      const before = { ...milestone };
      if (input.title !== undefined) milestone.title = input.title.trim();
      if (input.description !== undefined) milestone.description = input.description;
      if (input.dueDate !== undefined) milestone.dueDate = input.dueDate;
      if (input.weight !== undefined) milestone.weight = input.weight;
      if (input.status !== undefined) setStatus(milestone, input.status);
      await m.getRepository(MilestoneEntity).save(milestone);
      await this.changed(m, events, traject, milestone, before.status, v.user.id);
      await recordAudit(m, {
        actorId: v.user.id, action: 'milestone.updated', subjectType: 'traject', subjectId: traject.id,
        before: { milestoneId: milestone.id, status: before.status, weight: before.weight, dueDate: before.dueDate },
        after: { milestoneId: milestone.id, status: milestone.status, weight: milestone.weight, dueDate: milestone.dueDate },
      });
      return milestone;
    });
  }

  async delete(viewer: Viewer | null, input: DeleteMilestoneInput): Promise<TrajectEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const { traject, milestone } = await this.lockMilestone(m, v, input.milestoneId);
      await m.delete(MilestoneEntity, { id: milestone.id });
      await events.emit(traject.id, TrajectEventType.MILESTONE_CHANGED, { milestoneId: milestone.id, deleted: true });
      await refreshRollup(m, events, traject, v.user.id);
      await recordAudit(m, {
        actorId: v.user.id, action: 'milestone.deleted', subjectType: 'traject', subjectId: traject.id,
        before: { milestoneId: milestone.id, title: milestone.title, status: milestone.status, weight: milestone.weight },
      });
      return traject;
    });
  }

  async createIndicator(viewer: Viewer | null, input: CreateOutcomeIndicatorInput): Promise<OutcomeIndicatorEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const { traject } = await requireManager(m, v, { id: input.trajectId });
      const indicator = await m.getRepository(OutcomeIndicatorEntity).save(m.getRepository(OutcomeIndicatorEntity).create({
        trajectId: traject.id, name: input.name.trim(), unit: input.unit?.trim() ?? '', description: input.description?.trim() || null,
        baseline: input.baseline, target: input.target ?? null,
      }));
      await events.emit(traject.id, TrajectEventType.INDICATOR_CHANGED, { indicatorId: indicator.id });
      await recordAudit(m, { actorId: v.user.id, action: 'indicator.created', subjectType: 'traject', subjectId: traject.id, after: { indicatorId: indicator.id, name: indicator.name } });
      return indicator;
    });
  }

  async recordMeasurement(viewer: Viewer | null, input: RecordIndicatorMeasurementInput): Promise<OutcomeIndicatorEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const found = await m.getRepository(OutcomeIndicatorEntity).findOneBy({ id: input.indicatorId });
      if (!found) throw new NotFoundError('Indicator');
      const { traject } = await requireManager(m, v, { id: found.trajectId });
      await m.insert(IndicatorMeasurementEntity, {
        indicatorId: found.id, value: input.value, measuredOn: input.measuredOn, note: input.note?.trim() || null, recordedBy: v.user.id,
      });
      await events.emit(traject.id, TrajectEventType.INDICATOR_CHANGED, { indicatorId: found.id });
      await recordAudit(m, {
        actorId: v.user.id, action: 'indicator.measured', subjectType: 'traject', subjectId: traject.id,
        after: { indicatorId: found.id, value: input.value, measuredOn: input.measuredOn },
      });
      return found;
    });
  }

  /** The milestone and its traject, locked, after checking the viewer manages the traject. */
  private async lockMilestone(m: EntityManager, v: Viewer, milestoneId: string) {
    const found = await m.getRepository(MilestoneEntity).findOneBy({ id: milestoneId });
    if (!found) throw new NotFoundError('Mijlpaal');
    const { traject } = await requireManager(m, v, { id: found.trajectId });
    // Read again under the traject's lock: it may have changed while we waited.
    const milestone = await m.getRepository(MilestoneEntity).findOneBy({ id: milestoneId });
    if (!milestone) throw new NotFoundError('Mijlpaal');
    return { traject, milestone };
  }

  private async changed(m: EntityManager, events: EventRecorder, t: TrajectEntity, ms: MilestoneEntity, before: MilestoneStatus | null, actorId: string) {
    await milestoneEvents(events, t.id, ms, before);
    await refreshRollup(m, events, t, actorId);
  }
}

/** Marks the time a milestone is reached; leaving BEHAALD clears it. */
export function setStatus(ms: MilestoneEntity, status: MilestoneStatus): void {
  if (status === MilestoneStatus.BEHAALD && ms.status !== MilestoneStatus.BEHAALD) ms.reachedAt = new Date();
  if (status !== MilestoneStatus.BEHAALD) ms.reachedAt = null;
  ms.status = status;
}

export async function milestoneEvents(events: EventRecorder, trajectId: string, ms: MilestoneEntity, before: MilestoneStatus | null, updateId?: string) {
  await events.emit(trajectId, TrajectEventType.MILESTONE_CHANGED, { milestoneId: ms.id, status: ms.status, ...(updateId ? { updateId } : {}) });
  if (ms.status === MilestoneStatus.BEHAALD && before !== MilestoneStatus.BEHAALD) {
    await events.emit(trajectId, TrajectEventType.MILESTONE_REACHED, { milestoneId: ms.id, title: ms.title, ...(updateId ? { updateId } : {}) });
  }
}
