import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { paginate } from '../../common/pagination.js';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { recordAudit } from '../audit/audit.service.js';
import { BestuurEntity, BestuurKind } from '../regions/bestuur.entity.js';
import { toCsv } from './csv.js';
import { isTeam, lockTraject, requireManager, roleIn } from './traject-access.js';
import { TrajectEvents } from './traject-events.js';
import { TrajectRolloutEntity } from './traject-rollout.entity.js';
import { TrajectSubscriptionEntity } from './traject-subscription.entity.js';
import type { TrajectEntity } from './traject.entity.js';
import { TrajectenService } from './trajecten.service.js';
import type { DecideParticipationRequestInput, SubscribeToTrajectInput, TrajectIdInput, TrajectSubscribersArgs } from './progress-updates.inputs.js';
import { ParticipationStatus, RolloutStatus, SubscriptionLevel, TrajectEventType } from './trajecten.enums.js';

const RANK: Record<RolloutStatus, number> = {
  [RolloutStatus.NIET_BETROKKEN]: 0, [RolloutStatus.GEINTERESSEERD]: 1, [RolloutStatus.DEELNEMER]: 2, [RolloutStatus.LIVE]: 3,
};

const LABEL: Record<RolloutStatus, string> = {
  [RolloutStatus.NIET_BETROKKEN]: 'niet betrokken', [RolloutStatus.GEINTERESSEERD]: 'geïnteresseerd', [RolloutStatus.DEELNEMER]: 'deelnemer', [RolloutStatus.LIVE]: 'live',
};

/** Taking part (DEELNEMEN, a request the leads decide) or following (VOLGEN), and a bestuur's interest. */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly ds: DataSource,
    private readonly events: TrajectEvents,
    private readonly trajecten: TrajectenService,
  ) {}

  async subscribe(viewer: Viewer | null, input: SubscribeToTrajectInput): Promise<TrajectSubscriptionEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const traject = await lockTraject(m, v, { id: input.trajectId });
      const repo = m.getRepository(TrajectSubscriptionEntity);
      const existing = await repo.findOneBy({ trajectId: traject.id, userId: v.user.id });
      const sub = existing ?? repo.create({ trajectId: traject.id, userId: v.user.id, requestStatus: null });
      if (input.level === SubscriptionLevel.DEELNEMEN) {
        if (existing?.level === SubscriptionLevel.DEELNEMEN) {
          throw new ConflictError(existing.requestStatus === ParticipationStatus.ACCEPTED
            ? 'Je neemt al deel aan dit traject.' : 'Je vroeg al om deel te nemen; het team beslist nog.');
        }
        const bestuur = await this.municipalityOf(m, v, 'level');
        const current = await m.getRepository(TrajectRolloutEntity).findOneBy({ trajectId: traject.id, bestuurId: bestuur.id });
        if (current && RANK[current.status] >= RANK[RolloutStatus.DEELNEMER]) {
          throw new ConflictError(`${bestuur.name} neemt al deel aan dit traject.`);
        }
        Object.assign(sub, {
          level: SubscriptionLevel.DEELNEMEN, requestStatus: ParticipationStatus.PENDING, requestMessage: input.message?.trim() || null,
          bestuurId: bestuur.id, decisionMessage: null, decidedBy: null, decidedAt: null,
        });
      } else {
        if (existing?.level === SubscriptionLevel.VOLGEN) return existing;
        // Stepping back from a request withdraws it; a bestuur already taking part stays in the rollout.
        Object.assign(sub, { level: SubscriptionLevel.VOLGEN, requestStatus: null, requestMessage: null });
      }
      const saved = await repo.save(sub);
      if (saved.level === SubscriptionLevel.DEELNEMEN) {
        await events.emit(traject.id, TrajectEventType.PARTICIPATION_REQUESTED, { subscriptionId: saved.id, userId: v.user.id, bestuurId: saved.bestuurId });
      }
      await events.emit(traject.id, TrajectEventType.SUBSCRIPTIONS_CHANGED, { userId: v.user.id, level: saved.level });
      return saved;
    });
  }

  async unsubscribe(viewer: Viewer | null, input: TrajectIdInput): Promise<TrajectEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const traject = await lockTraject(m, v, { id: input.trajectId });
      const res = await m.delete(TrajectSubscriptionEntity, { trajectId: traject.id, userId: v.user.id });
      if (!res.affected) throw new NotFoundError('Inschrijving');
      await events.emit(traject.id, TrajectEventType.SUBSCRIPTIONS_CHANGED, { userId: v.user.id, level: null });
      return traject;
    });
  }

  /** A lead (or admin) accepts or declines a request; accepted moves the bestuur to participant. */
  async decide(viewer: Viewer | null, input: DecideParticipationRequestInput): Promise<TrajectSubscriptionEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const found = await m.getRepository(TrajectSubscriptionEntity).findOneBy({ id: input.subscriptionId });
      if (!found) throw new NotFoundError('Aanvraag');
      const { traject } = await requireManager(m, v, { id: found.trajectId });
      const sub = await m.getRepository(TrajectSubscriptionEntity).findOneBy({ id: input.subscriptionId });
      if (!sub || sub.requestStatus !== ParticipationStatus.PENDING) throw new ConflictError('Over deze aanvraag is al beslist, of ze werd ingetrokken.');
      Object.assign(sub, {
        requestStatus: input.accept ? ParticipationStatus.ACCEPTED : ParticipationStatus.DECLINED,
        level: input.accept ? SubscriptionLevel.DEELNEMEN : SubscriptionLevel.VOLGEN,
        decisionMessage: input.message?.trim() || null, decidedBy: v.user.id, decidedAt: new Date(),
      });
      await m.getRepository(TrajectSubscriptionEntity).save(sub);
      if (input.accept && sub.bestuurId) {
        const current = await m.getRepository(TrajectRolloutEntity).findOneBy({ trajectId: traject.id, bestuurId: sub.bestuurId });
        if (!current || RANK[current.status] < RANK[RolloutStatus.DEELNEMER]) {
          await this.trajecten.writeRollout(m, traject.id, [sub.bestuurId], RolloutStatus.DEELNEMER, v.user.id);
          await events.emit(traject.id, TrajectEventType.ROLLOUT_CHANGED, { bestuurIds: [sub.bestuurId], status: RolloutStatus.DEELNEMER });
        }
      }
      await recordAudit(m, {
        actorId: v.user.id, action: 'traject.participationDecided', subjectType: 'traject', subjectId: traject.id,
        after: { subscriptionId: sub.id, userId: sub.userId, bestuurId: sub.bestuurId, accepted: input.accept },
      });
      await events.emit(traject.id, TrajectEventType.PARTICIPATION_DECIDED, {
        subscriptionId: sub.id, userId: sub.userId, bestuurId: sub.bestuurId, accepted: input.accept,
      });
      return sub;
    });
  }

  /** A member registers that their municipality is interested; it then shows as GEINTERESSEERD. */
  async registerInterest(viewer: Viewer | null, input: TrajectIdInput): Promise<TrajectEntity> {
    const v = requireViewer(viewer);
    return this.events.change(v.user.id, async (m, events) => {
      const traject = await lockTraject(m, v, { id: input.trajectId });
      const bestuur = await this.municipalityOf(m, v, 'bestuur');
      const current = await m.getRepository(TrajectRolloutEntity).findOneBy({ trajectId: traject.id, bestuurId: bestuur.id });
      if (current) throw new ConflictError(`${bestuur.name} staat al als ${LABEL[current.status]} geregistreerd.`);
      await this.trajecten.writeRollout(m, traject.id, [bestuur.id], RolloutStatus.GEINTERESSEERD, v.user.id);
      await recordAudit(m, {
        actorId: v.user.id, action: 'traject.interestRegistered', subjectType: 'traject', subjectId: traject.id,
        after: { bestuurId: bestuur.id },
      });
      await events.emit(traject.id, TrajectEventType.ROLLOUT_CHANGED, { bestuurIds: [bestuur.id], status: RolloutStatus.GEINTERESSEERD });
      return traject;
    });
  }

  /** The subscriber list, for the team. */
  async subscribers(viewer: Viewer | null, args: TrajectSubscribersArgs) {
    const traject = await this.requireTeamToRead(viewer, args.trajectId);
    const qb = this.ds.getRepository(TrajectSubscriptionEntity).createQueryBuilder('s').where('s.traject_id = :id', { id: traject.id });
    if (args.level) qb.andWhere('s.level = :level', { level: args.level });
    if (args.requestStatus) qb.andWhere('s.request_status = :rs', { rs: args.requestStatus });
    return paginate(qb, args, { column: `date_trunc('milliseconds', s.created_at)`, value: (s) => s.createdAt.toISOString() });
  }

  /** The subscriber list as CSV for the team, e-mail addresses included; cells are guarded against formula injection. */
  async exportCsv(viewer: Viewer | null, slug: string): Promise<{ filename: string; body: string }> {
    const v = requireViewer(viewer);
    const traject = await this.trajecten.bySlug(v, slug);
    await this.requireTeamToRead(v, traject.id);
    const rows: Record<string, string | Date | null>[] = await this.ds.query(
      `SELECT u.display_name, u.email, u.job_title, b.name AS bestuur, b.nis_code, s.level, s.request_status, s.request_message, s.created_at
       FROM traject_subscriptions s
       JOIN users u ON u.id = s.user_id
       LEFT JOIN besturen b ON b.id = coalesce(s.bestuur_id, u.bestuur_id)
       WHERE s.traject_id = $1
       ORDER BY s.created_at, s.id`,
      [traject.id],
    );
    const level: Record<string, string> = { DEELNEMEN: 'deelnemen', VOLGEN: 'volgen' };
    const status: Record<string, string> = { PENDING: 'in behandeling', ACCEPTED: 'aanvaard', DECLINED: 'geweigerd' };
    const body = toCsv(
      ['naam', 'e-mailadres', 'functie', 'bestuur', 'NIS-code', 'niveau', 'aanvraag', 'bericht', 'ingeschreven op'],
      rows.map((r) => [
        r.display_name as string, r.email as string, r.job_title as string | null, r.bestuur as string | null, r.nis_code as string | null,
        level[r.level as string], r.request_status ? status[r.request_status as string] : '', r.request_message as string | null,
        (r.created_at as Date).toISOString(),
      ]),
    );
    return { filename: `deelnemers-${traject.slug}.csv`, body };
  }

  async requireTeamToRead(viewer: Viewer | null, trajectId: string): Promise<TrajectEntity> {
    const v = requireViewer(viewer);
    const traject = await this.trajecten.visibleById(v, trajectId);
    if (!isTeam(v, await roleIn(this.ds.manager, traject.id, v))) throw new ForbiddenError('Alleen het team van dit traject ziet wie inschreef.');
    return traject;
  }

  private async municipalityOf(m: EntityManager, v: Viewer, field: string): Promise<BestuurEntity> {
    const bestuur = v.user.bestuurId ? await m.getRepository(BestuurEntity).findOneBy({ id: v.user.bestuurId }) : null;
    if (!bestuur || bestuur.kind !== BestuurKind.MUNICIPALITY) {
      throw new BadInputError({ [field]: 'Koppel je profiel eerst aan je gemeente: deelnemen doet een bestuur.' });
    }
    return bestuur;
  }
}
