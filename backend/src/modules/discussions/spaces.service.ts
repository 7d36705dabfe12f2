import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { SpaceAccessService } from './space-access.js';
import { SpaceEntity, SpaceKind, SpaceModeratorEntity, SpaceVisibility } from './space.entity.js';

export const CENTRAL_SLUG = 'centraal';

export interface TrajectSpaceSpec {
  trajectId: string;
  name: string;
  slug: string;
  visibility: 'PUBLIC' | 'MEMBERS';
  /** The traject's leads: they moderate its space. The list replaces the previous one. */
  leadUserIds: string[];
}

@Injectable()
export class SpacesService {
  constructor(
    private readonly ds: DataSource,
    private readonly access: SpaceAccessService,
  ) {}

  /** The spaces a person reads: central first, then their own region(s), then the other regions, then trajecten. */
  async list(viewer: Viewer | null): Promise<SpaceEntity[]> {
    const v = requireViewer(viewer);
    const access = await this.access.forViewer(v);
    const own = (s: SpaceEntity) => s.kind === SpaceKind.REGION && access.role(s.id).member && !v.user.isAdmin;
    const rank = (s: SpaceEntity) => (s.kind === SpaceKind.CENTRAL ? 0 : own(s) ? 1 : s.kind === SpaceKind.REGION ? 2 : 3);
    return access.table
      .allSpaces()
      .filter((s) => access.role(s.id).read)
      .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nl'));
  }

  /** A space by id or slug, for a person who may read it. */
  async get(viewer: Viewer | null, by: { id?: string | null; slug?: string | null }): Promise<SpaceEntity> {
    const v = requireViewer(viewer);
    const access = await this.access.forViewer(v);
    const space = access.table.allSpaces().find((s) => (by.id ? s.id === by.id : s.slug === by.slug));
    if (!space) throw new NotFoundError('Werkruimte');
    if (!access.role(space.id).read) throw new ForbiddenError('Deze werkruimte is enkel zichtbaar voor wie eraan meewerkt.');
    return space;
  }

  /**
   * Creates or updates the space of a traject, in the caller's transaction (the trajecten module
   * calls this when a traject is created or changed). Who else reads or moderates it comes from the
   * resolver that module registers with SpaceAccessRegistry.
   */
  async ensureTrajectSpace(m: EntityManager, spec: TrajectSpaceSpec): Promise<SpaceEntity> {
    const repo = m.getRepository(SpaceEntity);
    const taken = await repo.findOneBy({ slug: spec.slug });
    if (taken && taken.ownerId !== spec.trajectId) throw new ConflictError(`De naam ${spec.slug} is al in gebruik voor een andere werkruimte.`);
    let space = await repo.findOneBy({ ownerId: spec.trajectId });
    const fields = { name: spec.name, slug: spec.slug, visibility: spec.visibility as SpaceVisibility };
    if (space) {
      Object.assign(space, fields);
      space = await repo.save(space);
    } else {
      space = await repo.save(repo.create({ kind: SpaceKind.TRAJECT, ownerId: spec.trajectId, regionId: null, ...fields }));
    }
    await m.delete(SpaceModeratorEntity, { spaceId: space.id });
    const leads = [...new Set(spec.leadUserIds)];
    if (leads.length) await m.insert(SpaceModeratorEntity, leads.map((userId) => ({ spaceId: space.id, userId })));
    return space;
  }

  /** The space of a traject, if it has one. */
  trajectSpace(db: DataSource | EntityManager, trajectId: string): Promise<SpaceEntity | null> {
    return db.getRepository(SpaceEntity).findOneBy({ ownerId: trajectId });
  }
}
