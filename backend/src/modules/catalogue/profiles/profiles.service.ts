import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BadInputError, ConflictError, NotFoundError } from '../../../common/errors.js';
import { paginate } from '../../../common/pagination.js';
import { requireAdmin, requireViewer, type Viewer } from '../../../common/viewer.js';
import { inTransaction } from '../../../database/transaction.js';
import { recordAudit } from '../../audit/audit.service.js';
import { requireBestuurEditor, requireMunicipality } from '../catalogue.access.js';
import { CorrectionStatus } from '../catalogue.enums.js';
import { IndicatorCorrectionEntity } from './indicator-correction.entity.js';
import { IndicatorEntity } from './indicator.entity.js';
import type {
  DecideIndicatorCorrectionInput, IndicatorCorrectionsArgs, ProposeIndicatorCorrectionInput, SaveIndicatorInput,
} from './profiles.inputs.js';

export const CORRECTION_SOURCE = 'Correctie';

export function outOfRange(i: Pick<IndicatorEntity, 'minValue' | 'maxValue'>, value: number): string | null {
  if (i.minValue !== null && value < i.minValue) return `kleiner dan het minimum ${i.minValue}`;
  if (i.maxValue !== null && value > i.maxValue) return `groter dan het maximum ${i.maxValue}`;
  return null;
}

/** Indicator definitions and corrections of imported figures. */
@Injectable()
export class ProfilesService {
  constructor(private readonly ds: DataSource) {}

  indicators(): Promise<IndicatorEntity[]> {
    return this.ds.getRepository(IndicatorEntity).find({ order: { name: 'ASC' } });
  }

  async saveIndicator(viewer: Viewer | null, input: SaveIndicatorInput): Promise<IndicatorEntity> {
    const v = requireAdmin(viewer);
    if (input.minValue != null && input.maxValue != null && input.minValue > input.maxValue) {
      throw new BadInputError({ maxValue: 'Het maximum is kleiner dan het minimum.' });
    }
    return inTransaction(this.ds, async (m) => {
      const repo = m.getRepository(IndicatorEntity);
      const existing = await repo.findOneBy({ key: input.key });
      const before = existing ? { ...existing } : null;
      const i = existing ?? repo.create({ key: input.key });
      Object.assign(i, {
        name: input.name.trim(), unit: input.unit?.trim() || null, source: input.source.trim(), minValue: input.minValue ?? null,
        maxValue: input.maxValue ?? null, aggregation: input.aggregation, description: input.description?.trim() || null,
      });
      const saved = await repo.save(i);
      await recordAudit(m, {
        actorId: v.user.id, action: existing ? 'indicator.updated' : 'indicator.created', subjectType: 'indicator', subjectId: saved.id,
        before, after: { ...input },
      });
      return saved;
    });
  }

  async propose(viewer: Viewer | null, input: ProposeIndicatorCorrectionInput): Promise<IndicatorCorrectionEntity> {
    requireViewer(viewer);
    return inTransaction(this.ds, async (m) => {
      const b = await requireMunicipality(m, input.nisCode);
      const v = await requireBestuurEditor(m, viewer, b);
      const indicator = await m.getRepository(IndicatorEntity).findOneBy({ key: input.indicatorKey });
      if (!indicator) throw new BadInputError({ indicatorKey: 'Onbekende indicator.' });
      const range = outOfRange(indicator, input.value);
      if (range) throw new BadInputError({ value: `De waarde is ${range}.` });
      const [current] = await m.query('SELECT value FROM indicator_values WHERE bestuur_id = $1 AND indicator_id = $2 AND year = $3', [b.id, indicator.id, input.year]);
      const c = await m.getRepository(IndicatorCorrectionEntity).save({
        bestuurId: b.id, indicatorId: indicator.id, year: input.year, currentValue: current?.value ?? null,
        proposedValue: input.value, reason: input.reason.trim(), status: CorrectionStatus.PENDING, proposedBy: v.user.id,
      });
      await recordAudit(m, {
        actorId: v.user.id, action: 'indicator.correctionProposed', subjectType: 'bestuur', subjectId: b.id,
        after: { indicator: indicator.key, year: input.year, value: input.value },
      });
      return c;
    });
  }

  /** Accepting writes the value (source "Correctie", linked to the proposal) in the same transaction. */
  accept(viewer: Viewer | null, input: DecideIndicatorCorrectionInput): Promise<IndicatorCorrectionEntity> {
    const v = requireAdmin(viewer);
    return inTransaction(this.ds, async (m) => {
      const c = await this.pending(m, input.id);
      const [before] = await m.query('SELECT value, source FROM indicator_values WHERE bestuur_id = $1 AND indicator_id = $2 AND year = $3', [c.bestuurId, c.indicatorId, c.year]);
      await m.query(
        `INSERT INTO indicator_values (bestuur_id, indicator_id, year, value, source, correction_id)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (bestuur_id, indicator_id, year) DO UPDATE
         SET value = EXCLUDED.value, source = EXCLUDED.source, correction_id = EXCLUDED.correction_id, is_demo = false, updated_at = now()`,
        [c.bestuurId, c.indicatorId, c.year, c.proposedValue, CORRECTION_SOURCE, c.id],
      );
      return this.decide(m, c, CorrectionStatus.ACCEPTED, v, input.note, before ?? null);
    });
  }

  reject(viewer: Viewer | null, input: DecideIndicatorCorrectionInput): Promise<IndicatorCorrectionEntity> {
    const v = requireAdmin(viewer);
    return inTransaction(this.ds, async (m) => this.decide(m, await this.pending(m, input.id), CorrectionStatus.REJECTED, v, input.note, null));
  }

  async corrections(viewer: Viewer | null, args: IndicatorCorrectionsArgs) {
    requireAdmin(viewer);
    const qb = this.ds.getRepository(IndicatorCorrectionEntity).createQueryBuilder('c');
    if (args.status) qb.where('c.status = :status', { status: args.status });
    // Milliseconds, like the cursor's ISO timestamp, so the keyset comparison is exact.
    return paginate(qb, args, { column: `date_trunc('milliseconds', c.created_at)`, value: (c) => c.createdAt.toISOString() });
  }

  private async pending(m: EntityManager, id: string): Promise<IndicatorCorrectionEntity> {
    const c = await m.getRepository(IndicatorCorrectionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new NotFoundError('Correctievoorstel');
    if (c.status !== CorrectionStatus.PENDING) throw new ConflictError('Over dit voorstel is al beslist.');
    return c;
  }

  private async decide(
    m: EntityManager, c: IndicatorCorrectionEntity, status: CorrectionStatus, v: Viewer, note: string | null | undefined, before: unknown,
  ): Promise<IndicatorCorrectionEntity> {
    Object.assign(c, { status, decidedBy: v.user.id, decidedAt: new Date(), decisionNote: note?.trim() || null });
    const saved = await m.getRepository(IndicatorCorrectionEntity).save(c);
    await recordAudit(m, {
      actorId: v.user.id, action: status === CorrectionStatus.ACCEPTED ? 'indicator.correctionAccepted' : 'indicator.correctionRejected',
      subjectType: 'indicator_correction', subjectId: c.id, before, after: { status, value: c.proposedValue },
    });
    return saved;
  }
}
