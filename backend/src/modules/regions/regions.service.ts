import { Injectable } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, type EntityManager } from 'typeorm';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { paginate } from '../../common/pagination.js';
import { InjectPubSub } from '../../common/tokens.js';
import { requireAdmin, type Viewer } from '../../common/viewer.js';
import { inTransaction } from '../../database/transaction.js';
import { UserEntity } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { BestuurEntity, BestuurKind } from './bestuur.entity.js';
import { RegionCoordinatorEntity } from './region-coordinator.entity.js';
import { RegionEntity } from './region.entity.js';
import type { AssignBestuurInput, BesturenArgs, CoordinatorInput, UpdateRegionInput } from './regions.inputs.js';

export const REGION_CHANGED = 'regionChanged';
export interface RegionChangedEvent {
  regionChanged: RegionEntity;
}

/** Regions (kenniskringen) and besturen are public reference data; only administrators change them. */
@Injectable()
export class RegionsService {
  constructor(
    private readonly ds: DataSource,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
  ) {}

  list(): Promise<RegionEntity[]> {
    return this.ds.getRepository(RegionEntity).find({ order: { code: 'ASC' } });
  }

  bySlug(slug: string): Promise<RegionEntity | null> {
    return this.ds.getRepository(RegionEntity).findOneBy({ slug });
  }

  async requireBySlug(m: EntityManager, slug: string): Promise<RegionEntity> {
    const region = await m.getRepository(RegionEntity).findOneBy({ slug });
    if (!region) throw new NotFoundError('Regio');
    return region;
  }

  bestuurByNisCode(nisCode: string): Promise<BestuurEntity | null> {
    return this.ds.getRepository(BestuurEntity).findOneBy({ nisCode });
  }

  partnerOrganisations(): Promise<BestuurEntity[]> {
    return this.ds.getRepository(BestuurEntity).find({ where: { kind: BestuurKind.PARTNER }, order: { name: 'ASC' } });
  }

  async besturen(args: BesturenArgs) {
    const qb = this.ds.getRepository(BestuurEntity).createQueryBuilder('b').where('b.kind = :kind', { kind: BestuurKind.MUNICIPALITY });
    const search = args.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(b.name ILIKE :like OR b.nis_code LIKE :prefix)', { like, prefix: `${search.replace(/\D/g, '') || '-'}%` });
    }
    if (args.regionSlug) {
      const region = await this.bySlug(args.regionSlug);
      if (!region) throw new NotFoundError('Regio');
      qb.andWhere('b.region_id = :rid', { rid: region.id });
    }
    return paginate(qb, args, { column: 'b.name', value: (b) => b.name });
  }

  async update(viewer: Viewer | null, input: UpdateRegionInput): Promise<RegionEntity> {
    const v = requireAdmin(viewer);
    return this.change(async (m) => {
      const region = await this.requireBySlug(m, input.slug);
      const before = { name: region.name, description: region.description };
      if (input.name !== undefined) region.name = input.name.trim();
      if (input.description !== undefined) region.description = input.description?.trim() || null;
      await m.getRepository(RegionEntity).save(region);
      await recordAudit(m, {
        actorId: v.user.id, action: 'region.updated', subjectType: 'region', subjectId: region.id,
        before, after: { name: region.name, description: region.description },
      });
      return region;
    });
  }

  async appointCoordinator(viewer: Viewer | null, input: CoordinatorInput): Promise<RegionEntity> {
    const v = requireAdmin(viewer);
    return this.change(async (m) => {
      const region = await this.requireBySlug(m, input.regionSlug);
      const user = await m.getRepository(UserEntity).findOneBy({ id: input.userId });
      if (!user) throw new BadInputError({ userId: 'Deze gebruiker bestaat niet.' });
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(RegionCoordinatorEntity)
        .values({ regionId: region.id, userId: user.id, appointedBy: v.user.id })
        .orIgnore()
        .returning('user_id')
        .execute();
      if (!inserted.raw.length) throw new ConflictError(`${user.displayName} is al coördinator van ${region.name}.`);
      await recordAudit(m, {
        actorId: v.user.id, action: 'region.coordinatorAppointed', subjectType: 'region', subjectId: region.id,
        after: { userId: user.id },
      });
      return region;
    });
  }

  async removeCoordinator(viewer: Viewer | null, input: CoordinatorInput): Promise<RegionEntity> {
    const v = requireAdmin(viewer);
    return this.change(async (m) => {
      const region = await this.requireBySlug(m, input.regionSlug);
      const res = await m.delete(RegionCoordinatorEntity, { regionId: region.id, userId: input.userId });
      if (!res.affected) throw new NotFoundError('Coördinator');
      await recordAudit(m, {
        actorId: v.user.id, action: 'region.coordinatorRemoved', subjectType: 'region', subjectId: region.id,
        before: { userId: input.userId },
      });
      return region;
    });
  }

  /** Moves a municipality to another region (kenniskring); both regions' subscribers hear of it. */
  async assignBestuur(viewer: Viewer | null, input: AssignBestuurInput): Promise<BestuurEntity> {
    const v = requireAdmin(viewer);
    const { bestuur, from, to } = await inTransaction(this.ds, async (m) => {
      const to = await this.requireBySlug(m, input.regionSlug);
      const bestuur = await m.getRepository(BestuurEntity).findOneBy({ nisCode: input.nisCode });
      if (!bestuur) throw new NotFoundError('Bestuur');
      const from = bestuur.regionId ? await m.getRepository(RegionEntity).findOneBy({ id: bestuur.regionId }) : null;
      bestuur.regionId = to.id;
      await m.getRepository(BestuurEntity).save(bestuur);
      await recordAudit(m, {
        actorId: v.user.id, action: 'bestuur.regionAssigned', subjectType: 'bestuur', subjectId: bestuur.id,
        before: { regionId: from?.id ?? null }, after: { regionId: to.id },
      });
      return { bestuur, from, to };
    });
    await this.publish(to);
    if (from && from.id !== to.id) await this.publish(from);
    return bestuur;
  }

  /** A change to one region: one transaction, then subscribers of that region hear of it. */
  private async change(work: (m: EntityManager) => Promise<RegionEntity>): Promise<RegionEntity> {
    const region = await inTransaction(this.ds, work);
    await this.publish(region);
    return region;
  }

  private publish(region: RegionEntity): Promise<void> {
    const event: RegionChangedEvent = { regionChanged: region };
    return this.pubSub.publish(`${REGION_CHANGED}:${region.slug}`, event);
  }
}
