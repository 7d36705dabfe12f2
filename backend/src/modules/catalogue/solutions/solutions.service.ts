import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BadInputError, ConflictError, NotFoundError } from '../../../common/errors.js';
import { paginate } from '../../../common/pagination.js';
import { requireAdmin, type Viewer } from '../../../common/viewer.js';
import { inTransaction } from '../../../database/transaction.js';
import { recordAudit } from '../../audit/audit.service.js';
import { requireMunicipality } from '../catalogue.access.js';
import { filterConditions, fitsConditions, type SolutionsArgs } from './solution-filters.js';
import type { CreateSolutionInput, SolutionData, UpdateSolutionInput } from './solution.inputs.js';
import { SolutionEntity } from './solution.entity.js';

// Fields copied as they are from the input to the entity (strings trimmed).
const PLAIN = [
  'name', 'summary', 'description', 'type', 'domains', 'provider', 'licence', 'openSource', 'costIndication', 'maturity',
  'maintenanceType', 'maintenanceUntil', 'contacts', 'links', 'standards', 'features', 'relatedTrajectSlugs', 'processes',
  'roles', 'effortMinDays', 'effortMaxDays', 'populationMin', 'populationMax', 'changeNotes',
] as const;

const REQUIRED = ['name', 'summary', 'type', 'maturity', 'openSource'] as const;
const LISTS = ['domains', 'contacts', 'links', 'standards', 'features', 'relatedTrajectSlugs', 'processes', 'roles'] as const;

const trim = (v: unknown): unknown => (typeof v === 'string' ? v.trim() : Array.isArray(v) ? v.map(trim) : v);

/** The catalogue itself: anyone reads it, administrators change it. */
@Injectable()
export class SolutionsService {
  constructor(private readonly ds: DataSource) {}

  async list(args: SolutionsArgs) {
    const qb = this.ds.getRepository(SolutionEntity).createQueryBuilder('s');
    for (const c of filterConditions(args)) qb.andWhere(c.sql, c.params);
    if (args.fitsBestuur) {
      const b = await requireMunicipality(this.ds, args.fitsBestuur);
      for (const c of fitsConditions(b)) qb.andWhere(c.sql, c.params);
    }
    return paginate(qb, args, { column: 's.name', value: (s) => s.name });
  }

  bySlug(slug: string): Promise<SolutionEntity | null> {
    return this.ds.getRepository(SolutionEntity).findOneBy({ slug });
  }

  async create(viewer: Viewer | null, input: CreateSolutionInput): Promise<SolutionEntity> {
    const v = requireAdmin(viewer);
    return inTransaction(this.ds, async (m) => {
      if (await m.getRepository(SolutionEntity).existsBy({ slug: input.slug })) {
        throw new ConflictError(`Er bestaat al een oplossing met de slug ${input.slug}.`, { slug: 'Deze slug is al in gebruik.' });
      }
      const s = await this.apply(m, input, null, v.user.id);
      await recordAudit(m, { actorId: v.user.id, action: 'solution.created', subjectType: 'solution', subjectId: s.id, after: { slug: s.slug, name: s.name, maturity: s.maturity } });
      return s;
    });
  }

  async update(viewer: Viewer | null, input: UpdateSolutionInput): Promise<SolutionEntity> {
    const v = requireAdmin(viewer);
    return inTransaction(this.ds, async (m) => {
      const existing = await m.getRepository(SolutionEntity).findOneBy({ slug: input.slug });
      if (!existing) throw new NotFoundError('Oplossing');
      const changed = Object.keys(input).filter((k) => k !== 'slug' && (input as unknown as Record<string, unknown>)[k] !== undefined);
      const before = Object.fromEntries(changed.filter((k) => k in existing).map((k) => [k, (existing as unknown as Record<string, unknown>)[k]]));
      const s = await this.apply(m, input, existing, v.user.id);
      await recordAudit(m, {
        actorId: v.user.id, action: 'solution.updated', subjectType: 'solution', subjectId: s.id,
        before, after: Object.fromEntries(changed.map((k) => [k, (input as unknown as Record<string, unknown>)[k]])),
      });
      return s;
    });
  }

  /**
   * Writes a solution and, when given, replaces its requirements and prerequisites. Keys of
   * capabilities and indicators must exist; errors name the input field (e.g. requirements.0.capabilityKey).
   */
  async apply(m: EntityManager, data: SolutionData, existing: SolutionEntity | null, actorId: string | null): Promise<SolutionEntity> {
    const errors: Record<string, string> = {};
    const capKeys = [...(data.requirements ?? []).map((r) => r.capabilityKey), ...(data.steps ?? []).flatMap((s) => (s.capabilityKey ? [s.capabilityKey] : []))];
    const indKeys = (data.prerequisites ?? []).map((p) => p.indicatorKey);
    const caps = new Map<string, string>(
      capKeys.length ? (await m.query('SELECT key, id FROM capabilities WHERE key = ANY($1)', [capKeys])).map((r: { key: string; id: string }) => [r.key, r.id]) : [],
    );
    const inds = new Map<string, string>(
      indKeys.length ? (await m.query('SELECT key, id FROM indicators WHERE key = ANY($1)', [indKeys])).map((r: { key: string; id: string }) => [r.key, r.id]) : [],
    );
    const seen = new Set<string>();
    data.requirements?.forEach((r, i) => {
      if (!caps.has(r.capabilityKey)) errors[`requirements.${i}.capabilityKey`] = `Onbekende voorziening: ${r.capabilityKey}.`;
      else if (seen.has(r.capabilityKey)) errors[`requirements.${i}.capabilityKey`] = `${r.capabilityKey} staat er twee keer in.`;
      seen.add(r.capabilityKey);
    });
    data.steps?.forEach((s, i) => {
      if (s.capabilityKey && !caps.has(s.capabilityKey)) errors[`steps.${i}.capabilityKey`] = `Onbekende voorziening: ${s.capabilityKey}.`;
    });
    const seenInd = new Set<string>();
    data.prerequisites?.forEach((p, i) => {
      if (!inds.has(p.indicatorKey)) errors[`prerequisites.${i}.indicatorKey`] = `Onbekende indicator: ${p.indicatorKey}.`;
      else if (seenInd.has(p.indicatorKey)) errors[`prerequisites.${i}.indicatorKey`] = `${p.indicatorKey} staat er twee keer in.`;
      seenInd.add(p.indicatorKey);
    });

    const s = existing ?? m.create(SolutionEntity, {
      slug: data.slug, description: '', domains: [], openSource: false, contacts: [], links: [], standards: [], features: [],
      relatedTrajectSlugs: [], processes: [], roles: [], steps: [], createdBy: actorId, isDemo: false, publiccode: null,
    });
    const target = s as unknown as Record<string, unknown>;
    for (const k of PLAIN) {
      const value = (data as Record<string, unknown>)[k];
      if (value === undefined) continue;
      if (value === null && (REQUIRED as readonly string[]).includes(k)) errors[k] = 'Dit veld is verplicht.';
      else target[k] = value === null ? (LISTS as readonly string[]).includes(k) ? [] : k === 'description' ? '' : null : trim(value);
    }
    if (data.steps !== undefined) {
      s.steps = (data.steps ?? []).map((st) => ({
        title: st.title.trim(), kind: st.kind, description: st.description?.trim() || null, capabilityKey: st.capabilityKey || null,
      }));
    }
    if (data.publiccode !== undefined) s.publiccode = data.publiccode;
    if (s.effortMinDays !== null && s.effortMaxDays !== null && s.effortMinDays > s.effortMaxDays) {
      errors.effortMaxDays = 'De maximale inspanning is kleiner dan de minimale.';
    }
    if (s.populationMin !== null && s.populationMax !== null && s.populationMin > s.populationMax) {
      errors.populationMax = 'Het maximale inwonersaantal is kleiner dan het minimale.';
    }
    if (Object.keys(errors).length) throw new BadInputError(errors);

    const saved = await m.getRepository(SolutionEntity).save(s);
    if (data.requirements !== undefined) {
      await m.query('DELETE FROM solution_capabilities WHERE solution_id = $1', [saved.id]);
      for (const r of data.requirements ?? []) {
        await m.query('INSERT INTO solution_capabilities (solution_id, capability_id, level) VALUES ($1, $2, $3)', [saved.id, caps.get(r.capabilityKey), r.level]);
      }
    }
    if (data.prerequisites !== undefined) {
      await m.query('DELETE FROM solution_prerequisites WHERE solution_id = $1', [saved.id]);
      for (const p of data.prerequisites ?? []) {
        await m.query('INSERT INTO solution_prerequisites (solution_id, indicator_id, min_value) VALUES ($1, $2, $3)', [saved.id, inds.get(p.indicatorKey), p.minValue]);
      }
    }
    return saved;
  }
}
