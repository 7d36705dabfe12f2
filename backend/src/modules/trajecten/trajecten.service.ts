import { Injectable } from '@nestjs/common';
import { DataSource, In, QueryFailedError, type EntityManager } from 'typeorm';
import { BadInputError, ConflictError, NotFoundError, UnauthenticatedError } from '../../common/errors.js';
import { paginate } from '../../common/pagination.js';
import { requireAdmin, requireViewer, type Viewer } from '../../common/viewer.js';
import { UserEntity } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { SpacesService } from '../discussions/spaces.service.js';
import { BestuurEntity, BestuurKind } from '../regions/bestuur.entity.js';
import { canSee, requireManager, trajectNotFound } from './traject-access.js';
import { TrajectEvents } from './traject-events.js';
import { TrajectMemberEntity } from './traject-member.entity.js';
import { TrajectProgressEntity } from './traject-progress.entity.js';
import { syncTrajectSpace } from './traject-space.js';
import { TrajectRolloutEntity } from './traject-rollout.entity.js';
import { TrajectEntity } from './traject.entity.js';
import type {
  AppointTrajectMemberInput, CreateTrajectInput, RemoveTrajectMemberInput, SetRolloutStatusInput, SetTrajectProgressInput,
  TrajectenArgs, UpdateTrajectInput,
} from './trajecten.inputs.js';
import {
  ProgressMode, RolloutStatus, TrajectEventType, TrajectRole, TrajectStatus, TrajectVisibility,
} from './trajecten.enums.js';
import { setManualProgress } from './progress.js';

/** Lowercase, no accents, words joined by hyphens: "Meldingskaart openbaar domein" → meldingskaart-openbaar-domein. */
export function slugify(title: string): string {
  const s = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 72).replace(/-+$/, '');
  return s.length >= 3 ? s : `traject-${s}`.replace(/-$/, '');
}

const isUniqueViolation = (e: unknown) => e instanceof QueryFailedError && (e as { code?: string }).code === '23505';

function checkDates(start: string | null, target: string | null): void {
  if (start && target && target < start) throw new BadInputError({ targetDate: 'De streefdatum ligt vóór de startdatum.' });
}

/** Trajects themselves: reading, creating and changing them, their team, progress override and rollout. */
@Injectable()
export class TrajectenService {
  constructor(
    private readonly ds: DataSource,
    private readonly events: TrajectEvents,
    private readonly spaces: SpacesService,
  ) {}

  async list(viewer: Viewer | null, args: TrajectenArgs) {
    const qb = this.ds.getRepository(TrajectEntity).createQueryBuilder('t');
    if (!viewer) qb.andWhere('t.visibility = :pub', { pub: TrajectVisibility.PUBLIC });
    if (args.status) qb.andWhere('t.status = :status', { status: args.status });
    if (args.phase) qb.andWhere('t.phase = :phase', { phase: args.phase });
    if (args.pillar) qb.andWhere(':pillar = ANY(t.pillars)', { pillar: args.pillar });
    if (args.mine) {
      if (!viewer) throw new UnauthenticatedError('Meld je aan om je eigen trajecten te zien.');
      qb.andWhere(`t.id IN (SELECT traject_id FROM traject_members WHERE user_id = :me
        UNION SELECT traject_id FROM traject_subscriptions WHERE user_id = :me)`, { me: viewer.user.id });
    }
    return paginate(qb, args, { column: 't.title', value: (t) => t.title });
  }

  /** A traject the viewer may see; a members-only one answers exactly like an unknown slug to anonymous visitors. */
  async bySlug(viewer: Viewer | null, slug: string): Promise<TrajectEntity> {
    const t = await this.ds.getRepository(TrajectEntity).findOneBy({ slug });
    if (!t || !canSee(viewer, t.visibility)) throw trajectNotFound();
    return t;
  }

  async visibleById(viewer: Viewer | null, id: string): Promise<TrajectEntity> {
    const t = /^[0-9a-f-]{36}$/i.test(id) ? await this.ds.getRepository(TrajectEntity).findOneBy({ id }) : null;
    if (!t || !canSee(viewer, t.visibility)) throw trajectNotFound();
    return t;
  }

  async create(viewer: Viewer | null, input: CreateTrajectInput): Promise<TrajectEntity> {
    const v = requireAdmin(viewer);
    checkDates(input.startDate ?? null, input.targetDate ?? null);
    try {
      return await this.events.change(v.user.id, async (m) => {
        const slug = input.slug ?? (await this.freeSlug(m, slugify(input.title)));
        const t = await m.getRepository(TrajectEntity).save(m.getRepository(TrajectEntity).create({
          slug,
          title: input.title.trim(),
          summary: input.summary.trim(),
          description: input.description ?? '',
          phase: input.phase,
          pillars: input.pillars,
          status: input.status ?? TrajectStatus.IDEE,
          visibility: input.visibility ?? TrajectVisibility.PUBLIC,
          startDate: input.startDate ?? null,
          targetDate: input.targetDate ?? null,
          partners: (input.partners ?? []).map((p) => p.trim()),
          progress: 0,
          progressMode: ProgressMode.ROLLUP,
          progressReason: null,
          createdBy: v.user.id,
        }));
        await m.insert(TrajectProgressEntity, { trajectId: t.id, progress: 0, mode: ProgressMode.ROLLUP, changedBy: v.user.id });
        await syncTrajectSpace(this.spaces, m, t);
        await recordAudit(m, { actorId: v.user.id, action: 'traject.created', subjectType: 'traject', subjectId: t.id, after: { slug, title: t.title } });
        return t;
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictError('Deze slug is al in gebruik.', { slug: 'Deze slug is al in gebruik.' });
      throw e;
    }
  }

  private async freeSlug(m: EntityManager, base: string): Promise<string> {
    const taken = new Set((await m.query(
      `SELECT slug FROM trajects WHERE slug = $1 OR slug LIKE $1 || '-%'`, [base],
    ) as { slug: string }[]).map((r) => r.slug));
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }

  async update(viewer: Viewer | null, input: UpdateTrajectInput): Promise<TrajectEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const { traject: t } = await requireManager(m, v, { id: input.trajectId });
      const before = { ...t };
      const { trajectId: _id, ...changes } = input;
      checkDates(changes.startDate !== undefined ? changes.startDate : t.startDate, changes.targetDate !== undefined ? changes.targetDate : t.targetDate);
      if (changes.title !== undefined) t.title = changes.title.trim();
      if (changes.summary !== undefined) t.summary = changes.summary.trim();
      if (changes.description !== undefined) t.description = changes.description;
      if (changes.phase !== undefined) t.phase = changes.phase;
      if (changes.pillars !== undefined) t.pillars = changes.pillars;
      if (changes.status !== undefined) t.status = changes.status;
      if (changes.visibility !== undefined) t.visibility = changes.visibility;
      if (changes.startDate !== undefined) t.startDate = changes.startDate;
      if (changes.targetDate !== undefined) t.targetDate = changes.targetDate;
      if (changes.partners !== undefined) t.partners = changes.partners.map((p) => p.trim());
      await m.getRepository(TrajectEntity).save(t);
      if (changes.title !== undefined || changes.visibility !== undefined || !t.spaceId) await syncTrajectSpace(this.spaces, m, t);
      const changed = Object.keys(changes).filter((k) => JSON.stringify(before[k as keyof TrajectEntity]) !== JSON.stringify(t[k as keyof TrajectEntity]));
      await recordAudit(m, {
        actorId: v.user.id, action: 'traject.updated', subjectType: 'traject', subjectId: t.id,
        before: Object.fromEntries(changed.map((k) => [k, before[k as keyof TrajectEntity]])),
        after: Object.fromEntries(changed.map((k) => [k, t[k as keyof TrajectEntity]])),
      });
      if (changed.length) await events.emit(t.id, TrajectEventType.TRAJECT_UPDATED, { fields: changed });
      return t;
    });
  }

  async setProgress(viewer: Viewer | null, input: SetTrajectProgressInput): Promise<TrajectEntity> {
    const v = requireViewer(viewer);
    const progress = input.progress ?? null;
    const reason = input.reason?.trim() || null;
    if (progress !== null && !reason) throw new BadInputError({ reason: 'Geef een reden wanneer je de voortgang zelf instelt.' });
    return this.events.change(v.user.id, async (m, events) => {
      const { traject } = await requireManager(m, v, { id: input.trajectId });
      const before = { progress: traject.progress, mode: traject.progressMode };
      await setManualProgress(m, events, traject, progress, progress === null ? null : reason, v.user.id);
      await recordAudit(m, {
        actorId: v.user.id, action: 'traject.progressSet', subjectType: 'traject', subjectId: traject.id,
        before, after: { progress: traject.progress, mode: traject.progressMode, reason: traject.progressReason },
      });
      return traject;
    });
  }

  async appointMember(viewer: Viewer | null, input: AppointTrajectMemberInput): Promise<TrajectEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const { traject } = await requireManager(m, v, { id: input.trajectId });
      const user = await m.getRepository(UserEntity).findOneBy({ id: input.userId });
      if (!user) throw new BadInputError({ userId: 'Deze gebruiker bestaat niet.' });
      const repo = m.getRepository(TrajectMemberEntity);
      const existing = await repo.findOneBy({ trajectId: traject.id, userId: user.id });
      if (existing?.role === input.role) {
        throw new ConflictError(`${user.displayName} is al ${input.role === TrajectRole.LEAD ? 'trekker' : 'teamlid'} van dit traject.`);
      }
      if (existing?.role === TrajectRole.LEAD) await this.keepOneLead(m, traject.id, user.id);
      await repo.save({ trajectId: traject.id, userId: user.id, role: input.role, appointedBy: v.user.id });
      await recordAudit(m, {
        actorId: v.user.id, action: 'traject.memberAppointed', subjectType: 'traject', subjectId: traject.id,
        before: existing ? { userId: user.id, role: existing.role } : null, after: { userId: user.id, role: input.role },
      });
      await syncTrajectSpace(this.spaces, m, traject); // the leads moderate its space
      await events.emit(traject.id, TrajectEventType.TEAM_CHANGED, { userId: user.id, role: input.role, previousRole: existing?.role ?? null });
      return traject;
    });
  }

  async removeMember(viewer: Viewer | null, input: RemoveTrajectMemberInput): Promise<TrajectEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const { traject } = await requireManager(m, v, { id: input.trajectId });
      const existing = await m.getRepository(TrajectMemberEntity).findOneBy({ trajectId: traject.id, userId: input.userId });
      if (!existing) throw new NotFoundError('Teamlid');
      if (existing.role === TrajectRole.LEAD) await this.keepOneLead(m, traject.id, input.userId);
      await m.delete(TrajectMemberEntity, { trajectId: traject.id, userId: input.userId });
      await recordAudit(m, {
        actorId: v.user.id, action: 'traject.memberRemoved', subjectType: 'traject', subjectId: traject.id,
        before: { userId: input.userId, role: existing.role },
      });
      await syncTrajectSpace(this.spaces, m, traject);
      await events.emit(traject.id, TrajectEventType.TEAM_CHANGED, { userId: input.userId, role: null, previousRole: existing.role });
      return traject;
    });
  }

  private async keepOneLead(m: EntityManager, trajectId: string, leavingUserId: string): Promise<void> {
    const others = await m.getRepository(TrajectMemberEntity).countBy({ trajectId, role: TrajectRole.LEAD });
    if (others <= 1) {
      throw new ConflictError('Een traject heeft minstens één trekker: stel eerst een andere trekker aan.', { userId: leavingUserId });
    }
  }

  /** Sets the rollout status of municipalities; NIET_BETROKKEN removes their row. */
  async setRollout(viewer: Viewer | null, input: SetRolloutStatusInput): Promise<TrajectEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const { traject } = await requireManager(m, v, { id: input.trajectId });
      const besturen = await m.getRepository(BestuurEntity).findBy({ nisCode: In(input.nisCodes), kind: BestuurKind.MUNICIPALITY });
      if (besturen.length !== input.nisCodes.length) {
        const known = new Set(besturen.map((b) => b.nisCode));
        throw new BadInputError({ nisCodes: `Onbekende NIS-code: ${input.nisCodes.filter((c) => !known.has(c)).join(', ')}.` });
      }
      await this.writeRollout(m, traject.id, besturen.map((b) => b.id), input.status, v.user.id);
      await recordAudit(m, {
        actorId: v.user.id, action: 'traject.rolloutSet', subjectType: 'traject', subjectId: traject.id,
        after: { nisCodes: input.nisCodes, status: input.status },
      });
      await events.emit(traject.id, TrajectEventType.ROLLOUT_CHANGED, { nisCodes: input.nisCodes, status: input.status });
      return traject;
    });
  }

  async writeRollout(m: EntityManager, trajectId: string, bestuurIds: string[], status: RolloutStatus, actorId: string): Promise<void> {
    if (status === RolloutStatus.NIET_BETROKKEN) {
      await m.delete(TrajectRolloutEntity, { trajectId, bestuurId: In(bestuurIds) });
      return;
    }
    await m.createQueryBuilder().insert().into(TrajectRolloutEntity)
      .values(bestuurIds.map((bestuurId) => ({ trajectId, bestuurId, status, updatedBy: actorId })))
      .orUpdate(['status', 'updated_by', 'updated_at'], ['traject_id', 'bestuur_id'])
      .execute();
  }
}
