import type { EntityManager } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import type { Viewer } from '../../common/viewer.js';
import { TrajectMemberEntity } from './traject-member.entity.js';
import { TrajectEntity } from './traject.entity.js';
import { TrajectRole, TrajectVisibility } from './trajecten.enums.js';

/**
 * Who may do what with a traject, in one place for every entry point (GraphQL, subscriptions,
 * feeds, the CSV export). Members-only trajects look exactly like unknown ones to anonymous callers.
 */
export function canSee(viewer: Viewer | null, visibility: TrajectVisibility): boolean {
  return visibility === TrajectVisibility.PUBLIC || viewer !== null;
}

/** Admins and leads manage a traject (details, team, milestones, rollout, requests). */
export function canManage(viewer: Viewer | null, role: TrajectRole | null): boolean {
  return !!viewer && (viewer.user.isAdmin || role === TrajectRole.LEAD);
}

/** The whole team (and admins) write and publish progress updates and see the subscriber list. */
export function isTeam(viewer: Viewer | null, role: TrajectRole | null): boolean {
  return !!viewer && (viewer.user.isAdmin || role !== null);
}

export const trajectNotFound = () => new NotFoundError('Traject');

export async function roleIn(m: EntityManager, trajectId: string, viewer: Viewer | null): Promise<TrajectRole | null> {
  if (!viewer) return null;
  const row = await m.getRepository(TrajectMemberEntity).findOneBy({ trajectId, userId: viewer.user.id });
  return row?.role ?? null;
}

/**
 * Loads a traject the viewer may see and locks its row for the rest of the transaction: every
 * change to a traject (and so every event it writes) happens one after the other, which keeps
 * its event positions in commit order.
 */
export async function lockTraject(m: EntityManager, viewer: Viewer | null, where: { id: string } | { slug: string }): Promise<TrajectEntity> {
  const t = await m.getRepository(TrajectEntity).createQueryBuilder('t')
    .where('id' in where ? 't.id = :v' : 't.slug = :v', { v: 'id' in where ? where.id : where.slug })
    .setLock('for_no_key_update')
    .getOne();
  if (!t || !canSee(viewer, t.visibility)) throw trajectNotFound();
  return t;
}

export interface Access {
  traject: TrajectEntity;
  role: TrajectRole | null;
}

/** Locks the traject and checks the viewer manages it (admin or lead). */
export async function requireManager(m: EntityManager, viewer: Viewer, where: { id: string } | { slug: string }): Promise<Access> {
  const traject = await lockTraject(m, viewer, where);
  const role = await roleIn(m, traject.id, viewer);
  if (!canManage(viewer, role)) throw new ForbiddenError('Alleen trekkers van dit traject en beheerders kunnen dit doen.');
  return { traject, role };
}

/** Locks the traject and checks the viewer is on its team (or an admin). */
export async function requireTeam(m: EntityManager, viewer: Viewer, where: { id: string } | { slug: string }): Promise<Access> {
  const traject = await lockTraject(m, viewer, where);
  const role = await roleIn(m, traject.id, viewer);
  if (!isTeam(viewer, role)) throw new ForbiddenError('Alleen het team van dit traject kan dit doen.');
  return { traject, role };
}
