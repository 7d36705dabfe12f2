import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BadInputError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { paginate } from '../../common/pagination.js';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { inTransaction } from '../../database/transaction.js';
import { canReadSpaceContentSql, canSeeTrajectSql } from './access.sql.js';
import { FollowEntity } from './follow.entity.js';
import type { FollowStatusArgs, FollowTargetInput, MyFollowsArgs, UnfollowTargetInput } from './notifications.inputs.js';
import { FollowLevel, FollowTargetType, FollowVia } from './notifications.enums.js';
import type { FollowStatus } from './notifications.models.js';

type Db = DataSource | EntityManager;

const SPACE_COLUMNS = `s.id AS sid, s.kind, s.region_id, s.owner_id, s.visibility`;
const spaceSql = { id: 'x.sid', kind: 'x.kind', regionId: 'x.region_id', ownerId: 'x.owner_id', visibility: 'x.visibility' };

/**
 * Following: explicit choices per person and thing. Who may follow what is who may see it, by the
 * same rules the fan-out applies (access.sql.ts).
 */
@Injectable()
export class FollowsService {
  constructor(private readonly ds: DataSource) {}

  async follow(viewer: Viewer | null, input: FollowTargetInput): Promise<FollowEntity> {
    const v = requireViewer(viewer);
    const level = input.level ?? FollowLevel.ALLES;
    if (level === FollowLevel.NIEUWE_ONDERWERPEN && input.targetType === FollowTargetType.THREAD) {
      throw new BadInputError({ level: 'Een onderwerp volg je met alles, normaal of gedempt; nieuwe onderwerpen kies je voor een werkruimte of traject.' });
    }
    return inTransaction(this.ds, async (m) => {
      await this.requireVisible(m, v, input.targetType, input.targetId);
      // Choosing a level makes the follow the person's own, also where the platform made it.
      const [row] = await m.query(
        `INSERT INTO follows (user_id, target_type, target_id, level, auto) VALUES ($1, $2, $3, $4, false)
         ON CONFLICT (user_id, target_type, target_id) DO UPDATE SET level = EXCLUDED.level, auto = false, updated_at = now()
         RETURNING id`,
        [v.user.id, input.targetType, input.targetId, level],
      );
      return m.getRepository(FollowEntity).findOneByOrFail({ id: row.id });
    });
  }

  /**
   * Ends one's own follow (also of something one can no longer see); what still applies, such as a
   * traject subscription or the thread's space, is returned.
   */
  async unfollow(viewer: Viewer | null, input: UnfollowTargetInput): Promise<FollowStatus> {
    const v = requireViewer(viewer);
    await inTransaction(this.ds, (m) => m.delete(FollowEntity, { userId: v.user.id, targetType: input.targetType, targetId: input.targetId }));
    return this.currentStatus(v, input);
  }

  async status(viewer: Viewer | null, args: FollowStatusArgs): Promise<FollowStatus> {
    const v = requireViewer(viewer);
    await this.requireVisible(this.ds, v, args.targetType, args.targetId);
    return this.currentStatus(v, args);
  }

  private async currentStatus(v: Viewer, args: FollowStatusArgs): Promise<FollowStatus> {
    const base = { targetType: args.targetType, targetId: args.targetId };
    const own = await this.ds.getRepository(FollowEntity).findOneBy({ userId: v.user.id, ...base });
    if (own) return { ...base, level: own.level, via: own.auto ? FollowVia.AUTOMATIC : FollowVia.EXPLICIT, follow: own };
    if (args.targetType === FollowTargetType.TRAJECT) {
      const [s] = await this.ds.query(`SELECT 1 FROM traject_subscriptions WHERE traject_id = $1 AND user_id = $2`, [args.targetId, v.user.id]);
      if (s) return { ...base, level: FollowLevel.ALLES, via: FollowVia.TRAJECT_SUBSCRIPTION, follow: null };
    }
    if (args.targetType === FollowTargetType.THREAD) {
      const [f] = await this.ds.query(
        `SELECT f.level FROM follows f JOIN threads t ON t.space_id = f.target_id WHERE t.id = $1 AND f.target_type = 'SPACE' AND f.user_id = $2`,
        [args.targetId, v.user.id],
      );
      if (f) return { ...base, level: f.level, via: FollowVia.SPACE, follow: null };
    }
    return { ...base, level: null, via: FollowVia.NONE, follow: null };
  }

  /** What the person follows, newest first: the overview where every level can be changed. */
  myFollows(viewer: Viewer | null, args: MyFollowsArgs) {
    const v = requireViewer(viewer);
    const qb = this.ds.getRepository(FollowEntity).createQueryBuilder('f').where('f.user_id = :me', { me: v.user.id });
    if (args.targetType) qb.andWhere('f.target_type = :type', { type: args.targetType });
    return paginate(qb, args, { column: 'f.created_at', value: (f) => f.createdAt.toISOString(), direction: 'DESC' });
  }

  /** NOT_FOUND for what does not exist (or is hidden from the person entirely), FORBIDDEN for what they may not read. */
  private async requireVisible(db: Db, v: Viewer, type: FollowTargetType, id: string): Promise<void> {
    switch (type) {
      case FollowTargetType.THREAD: {
        const [x] = await db.query(
          `SELECT ${canReadSpaceContentSql('u', spaceSql, 'x.members_only')} AS ok
           FROM (SELECT t.members_only, ${SPACE_COLUMNS} FROM threads t JOIN spaces s ON s.id = t.space_id WHERE t.id = $1) x, users u WHERE u.id = $2`,
          [id, v.user.id],
        );
        if (!x) throw new NotFoundError('Discussie');
        if (!x.ok) throw new ForbiddenError('Deze discussie is enkel zichtbaar voor de leden van de kenniskring.');
        return;
      }
      case FollowTargetType.SPACE: {
        const [x] = await db.query(
          `SELECT ${canReadSpaceContentSql('u', spaceSql, 'false')} AS ok FROM (SELECT ${SPACE_COLUMNS} FROM spaces s WHERE s.id = $1) x, users u WHERE u.id = $2`,
          [id, v.user.id],
        );
        if (!x) throw new NotFoundError('Werkruimte');
        if (!x.ok) throw new ForbiddenError('Deze werkruimte is enkel zichtbaar voor wie eraan meewerkt.');
        return;
      }
      case FollowTargetType.TRAJECT: {
        const [x] = await db.query(
          `SELECT ${canSeeTrajectSql('u', 't.visibility')} AS ok FROM trajects t, users u WHERE t.id = $1 AND u.id = $2`, [id, v.user.id]);
        // Like the trajecten module: a traject one may not see looks like one that does not exist.
        if (!x?.ok) throw new NotFoundError('Traject');
        return;
      }
      case FollowTargetType.SOLUTION: {
        const [x] = await db.query(`SELECT to_regclass('solutions') IS NOT NULL AS installed`);
        const found = x.installed && (await db.query(`SELECT 1 FROM solutions WHERE id = $1`, [id])).length > 0;
        if (!found) throw new NotFoundError('Oplossing');
        return;
      }
      default:
        throw new BadInputError({ targetType: 'Onbekend item om te volgen.' });
    }
  }
}
