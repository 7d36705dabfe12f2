import type { EntityManager } from 'typeorm';
import type { EventRecorder } from './traject-events.js';
import { MilestoneEntity } from './milestone.entity.js';
import { TrajectProgressEntity } from './traject-progress.entity.js';
import { TrajectEntity } from './traject.entity.js';
import { MilestoneStatus, ProgressMode, TrajectEventType } from './trajecten.enums.js';

/** Weighted share of reached milestones, 0–100; without any weight it is 0. */
export function rollup(milestones: Pick<MilestoneEntity, 'weight' | 'status'>[]): number {
  const total = milestones.reduce((s, m) => s + m.weight, 0);
  if (total <= 0) return 0;
  const reached = milestones.reduce((s, m) => s + (m.status === MilestoneStatus.BEHAALD ? m.weight : 0), 0);
  return Math.round((100 * reached) / total);
}

interface ProgressChange {
  mode: ProgressMode;
  progress: number;
  reason: string | null;
  actorId: string | null;
  updateId?: string | null;
}

/** Stores a new progress on the traject, keeps it in the history and records the event; no-op when nothing changes. */
async function apply(m: EntityManager, events: EventRecorder, t: TrajectEntity, c: ProgressChange): Promise<boolean> {
  if (t.progress === c.progress && t.progressMode === c.mode && t.progressReason === c.reason) return false;
  const previous = t.progress;
  t.progress = c.progress;
  t.progressMode = c.mode;
  t.progressReason = c.reason;
  await m.update(TrajectEntity, t.id, { progress: c.progress, progressMode: c.mode, progressReason: c.reason });
  await m.insert(TrajectProgressEntity, {
    trajectId: t.id, progress: c.progress, mode: c.mode, reason: c.reason, changedBy: c.actorId, updateId: c.updateId ?? null,
  });
  await events.emit(t.id, TrajectEventType.PROGRESS_CHANGED, { progress: c.progress, previous, mode: c.mode });
  return true;
}

/** After milestones changed: the roll-up, unless a lead set the progress by hand. */
export async function refreshRollup(m: EntityManager, events: EventRecorder, t: TrajectEntity, actorId: string | null, updateId?: string | null) {
  if (t.progressMode === ProgressMode.MANUAL) return false;
  const milestones = await m.getRepository(MilestoneEntity).find({ where: { trajectId: t.id }, select: { weight: true, status: true } });
  return apply(m, events, t, { mode: ProgressMode.ROLLUP, progress: rollup(milestones), reason: null, actorId, updateId });
}

/** A lead sets the progress explicitly (with a reason), or with `null` returns to the roll-up. */
export async function setManualProgress(
  m: EntityManager, events: EventRecorder, t: TrajectEntity, progress: number | null, reason: string | null, actorId: string,
) {
  if (progress === null) {
    const milestones = await m.getRepository(MilestoneEntity).find({ where: { trajectId: t.id }, select: { weight: true, status: true } });
    return apply(m, events, t, { mode: ProgressMode.ROLLUP, progress: rollup(milestones), reason: null, actorId });
  }
  return apply(m, events, t, { mode: ProgressMode.MANUAL, progress, reason, actorId });
}
