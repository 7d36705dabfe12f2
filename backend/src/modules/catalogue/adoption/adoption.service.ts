import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { BadInputError, NotFoundError } from '../../../common/errors.js';
import { requireViewer, type Viewer } from '../../../common/viewer.js';
import { inTransaction } from '../../../database/transaction.js';
import { recordAudit } from '../../audit/audit.service.js';
import { BestuurEntity } from '../../regions/bestuur.entity.js';
import { RegionEntity } from '../../regions/region.entity.js';
import { requireBestuurEditor, requireMunicipality, requireRegionCoordinator } from '../catalogue.access.js';
import { SolutionEntity } from '../solutions/solution.entity.js';
import { AdoptionEntity } from './adoption.entity.js';
import type { RemoveAdoptionInput, SetAdoptionInput } from './adoption.inputs.js';

function validDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

@Injectable()
export class AdoptionService {
  constructor(private readonly ds: DataSource) {}

  /** Members of the bestuur, coordinators of its region and administrators set its status per solution. */
  async set(viewer: Viewer | null, input: SetAdoptionInput): Promise<AdoptionEntity> {
    requireViewer(viewer);
    const errors: Record<string, string> = {};
    for (const f of ['startDate', 'endDate'] as const) if (input[f] && !validDate(input[f]!)) errors[f] = 'Deze datum bestaat niet.';
    if (!errors.startDate && !errors.endDate && input.startDate && input.endDate && input.endDate < input.startDate) {
      errors.endDate = 'De einddatum ligt voor de startdatum.';
    }
    if (Object.keys(errors).length) throw new BadInputError(errors);
    return inTransaction(this.ds, async (m) => {
      const b = await requireMunicipality(m, input.nisCode);
      const v = await requireBestuurEditor(m, viewer, b);
      const solution = await m.getRepository(SolutionEntity).findOneBy({ slug: input.solutionSlug });
      if (!solution) throw new NotFoundError('Oplossing');
      const repo = m.getRepository(AdoptionEntity);
      const existing = await repo.findOneBy({ bestuurId: b.id, solutionId: solution.id });
      const before = existing ? { status: existing.status, startDate: existing.startDate, endDate: existing.endDate, note: existing.note } : null;
      const a = existing ?? repo.create({ bestuurId: b.id, solutionId: solution.id, isDemo: false, contactUserId: null });
      a.status = input.status;
      if (input.startDate !== undefined) a.startDate = input.startDate || null;
      if (input.endDate !== undefined) a.endDate = input.endDate || null;
      if (input.note !== undefined) a.note = input.note?.trim() || null;
      if (input.offerContact === true) a.contactUserId = v.user.id;
      else if (input.offerContact === false && a.contactUserId === v.user.id) a.contactUserId = null;
      if (a.startDate && a.endDate && a.endDate < a.startDate) throw new BadInputError({ endDate: 'De einddatum ligt voor de startdatum.' });
      a.updatedBy = v.user.id;
      const saved = await repo.save(a);
      await recordAudit(m, {
        actorId: v.user.id, action: 'adoption.set', subjectType: 'bestuur', subjectId: b.id,
        before, after: { solution: solution.slug, status: a.status, startDate: a.startDate, endDate: a.endDate, note: a.note },
      });
      return saved;
    });
  }

  async remove(viewer: Viewer | null, input: RemoveAdoptionInput): Promise<BestuurEntity> {
    requireViewer(viewer);
    return inTransaction(this.ds, async (m) => {
      const b = await requireMunicipality(m, input.nisCode);
      const v = await requireBestuurEditor(m, viewer, b);
      const a = await m
        .getRepository(AdoptionEntity)
        .createQueryBuilder('a')
        .innerJoin(SolutionEntity, 's', 's.id = a.solution_id')
        .where('s.slug = :slug AND a.bestuur_id = :bid', { slug: input.solutionSlug, bid: b.id })
        .getOne();
      if (!a) throw new NotFoundError('Status');
      await m.getRepository(AdoptionEntity).delete({ id: a.id });
      await recordAudit(m, {
        actorId: v.user.id, action: 'adoption.removed', subjectType: 'bestuur', subjectId: b.id,
        before: { solution: input.solutionSlug, status: a.status },
      });
      return m.getRepository(BestuurEntity).findOneByOrFail({ id: b.id });
    });
  }

  /** The coordinators' grid: the region's besturen × the solutions any of them has a status for. */
  async grid(viewer: Viewer | null, regionSlug: string) {
    requireViewer(viewer);
    const region = await this.ds.getRepository(RegionEntity).findOneBy({ slug: regionSlug });
    if (!region) throw new NotFoundError('Regio');
    await requireRegionCoordinator(this.ds, viewer, region.id);
    const besturen = await this.ds.getRepository(BestuurEntity).find({ where: { regionId: region.id }, order: { name: 'ASC' } });
    const cells = besturen.length
      ? await this.ds.getRepository(AdoptionEntity).find({ where: { bestuurId: In(besturen.map((b) => b.id)) } })
      : [];
    const solutionIds = [...new Set(cells.map((c) => c.solutionId))];
    const solutions = solutionIds.length
      ? await this.ds.getRepository(SolutionEntity).find({ where: { id: In(solutionIds) }, order: { name: 'ASC' } })
      : [];
    return { region, besturen, solutions, cells };
  }
}
