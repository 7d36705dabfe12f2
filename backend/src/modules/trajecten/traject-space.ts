import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { membershipKey, SpaceAccessRegistry, type SpaceAccessResolver, type SpaceMembership } from '../discussions/space-access.js';
import { SpaceKind, type SpaceEntity } from '../discussions/space.entity.js';
import type { SpacesService } from '../discussions/spaces.service.js';
import { TrajectMemberEntity } from './traject-member.entity.js';
import { TrajectEntity } from './traject.entity.js';
import { TrajectRole } from './trajecten.enums.js';

/** The werkruimte slug of a traject's space; prefixed so it never takes a region's or the central slug. */
export const trajectSpaceSlug = (trajectSlug: string) => `traject-${trajectSlug}`;

/**
 * Creates or updates the traject's werkruimte space in the caller's transaction (name, visibility,
 * leads as moderators) and stores its id in trajects.space_id.
 */
export async function syncTrajectSpace(spaces: Pick<SpacesService, 'ensureTrajectSpace'>, m: EntityManager, t: TrajectEntity): Promise<SpaceEntity> {
  const leads = await m.getRepository(TrajectMemberEntity).findBy({ trajectId: t.id, role: TrajectRole.LEAD });
  const space = await spaces.ensureTrajectSpace(m, {
    trajectId: t.id, name: t.title, slug: trajectSpaceSlug(t.slug), visibility: t.visibility, leadUserIds: leads.map((l) => l.userId),
  });
  if (t.spaceId !== space.id) {
    await m.update(TrajectEntity, { id: t.id }, { spaceId: space.id });
    t.spaceId = space.id;
  }
  return space;
}

/**
 * Who belongs to a traject's space: the team and the subscribers (following, or taking part once
 * accepted) are members; the leads moderate. Administrators and, for PUBLIC trajects, every signed-in
 * person read anyway (see RoleTable). One query for any batch.
 */
export const trajectSpaceAccess: SpaceAccessResolver = async (spaces, userIds, db) => {
  const spacesByTraject = new Map<string, string[]>();
  for (const s of spaces) if (s.ownerId) spacesByTraject.set(s.ownerId, [...(spacesByTraject.get(s.ownerId) ?? []), s.id]);
  const result = new Map<string, SpaceMembership>();
  if (!spacesByTraject.size || !userIds.length) return result;
  const rows: { traject_id: string; user_id: string; lead: boolean }[] = await db.query(
    `SELECT traject_id, user_id, bool_or(lead) AS lead FROM (
       SELECT traject_id, user_id, role = 'LEAD' AS lead FROM traject_members
       WHERE traject_id = ANY($1::uuid[]) AND user_id = ANY($2::uuid[])
       UNION ALL
       SELECT traject_id, user_id, false FROM traject_subscriptions
       WHERE traject_id = ANY($1::uuid[]) AND user_id = ANY($2::uuid[]) AND (level = 'VOLGEN' OR request_status = 'ACCEPTED')
     ) x GROUP BY traject_id, user_id`,
    [[...spacesByTraject.keys()], [...userIds]],
  );
  for (const r of rows) {
    for (const spaceId of spacesByTraject.get(r.traject_id) ?? []) result.set(membershipKey(spaceId, r.user_id), { member: true, moderator: r.lead });
  }
  return result;
};

/** Plugs the traject spaces into the werkruimte. */
@Injectable()
export class TrajectSpaceAccess implements OnModuleInit {
  constructor(private readonly registry: SpaceAccessRegistry) {}

  onModuleInit(): void {
    this.registry.register(SpaceKind.TRAJECT, trajectSpaceAccess);
  }
}
