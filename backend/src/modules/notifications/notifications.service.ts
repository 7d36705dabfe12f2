import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config.js';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { paginate } from '../../common/pagination.js';
import { InjectConfig } from '../../common/tokens.js';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { inTransaction } from '../../database/transaction.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationsGateway, unreadCounts } from './notifications.gateway.js';
import type { NotificationIdInput, NotificationsArgs, UpdateNotificationPreferencesInput } from './notifications.inputs.js';
import { DEFAULT_DELIVERY, NotificationDelivery, NotificationType, TYPE_LABEL } from './notifications.enums.js';
import type { NotificationPreference } from './notifications.models.js';
import { verifyUnsubscribe } from './unsubscribe-token.js';

/** RETURNING rows of an UPDATE: pg answers [rows, count], the embedded database just the rows. */
export function returned<T>(result: unknown): T[] {
  const r = result as unknown[];
  return (Array.isArray(r[0]) ? r[0] : r) as T[];
}

/** The bell (list, unread count, mark read) and each person's e-mail preferences. Everyone sees only their own. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly gateway: NotificationsGateway,
    @InjectConfig() private readonly cfg: AppConfig,
  ) {}

  list(viewer: Viewer | null, args: NotificationsArgs) {
    const v = requireViewer(viewer);
    const qb = this.ds.getRepository(NotificationEntity).createQueryBuilder('n').where('n.recipient_id = :me', { me: v.user.id });
    if (args.unreadOnly) qb.andWhere('n.read_at IS NULL');
    return paginate(qb, args, { column: 'n.created_at', value: (n) => n.createdAt.toISOString(), direction: 'DESC' });
  }

  async unreadCount(viewer: Viewer | null): Promise<number> {
    const v = requireViewer(viewer);
    return (await unreadCounts(this.ds, [v.user.id])).counts.get(v.user.id) ?? 0;
  }

  /** Someone else's notification looks like one that does not exist. */
  async markRead(viewer: Viewer | null, input: NotificationIdInput): Promise<NotificationEntity> {
    const v = requireViewer(viewer);
    const row = await inTransaction(this.ds, async (m) => {
      const rows = returned<{ id: string }>(await m.query(
        `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND recipient_id = $2 RETURNING id`, [input.id, v.user.id]));
      if (!rows.length) throw new NotFoundError('Melding');
      return m.getRepository(NotificationEntity).findOneByOrFail({ id: input.id });
    });
    await this.gateway.emitCounts([v.user.id]);
    return row;
  }

  /** Returns how many were marked. */
  async markAllRead(viewer: Viewer | null): Promise<number> {
    const v = requireViewer(viewer);
    const rows = await inTransaction(this.ds, async (m) => returned<{ id: string }>(await m.query(
      `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL RETURNING id`, [v.user.id])));
    await this.gateway.emitCounts([v.user.id]);
    return rows.length;
  }

  async preferences(viewer: Viewer | null, db: DataSource | EntityManager = this.ds): Promise<NotificationPreference[]> {
    const v = requireViewer(viewer);
    return this.preferencesOf(db, v.user.id);
  }

  private async preferencesOf(db: DataSource | EntityManager, userId: string): Promise<NotificationPreference[]> {
    const rows: { type: NotificationType; delivery: NotificationDelivery }[] = await db.query(
      `SELECT type, delivery FROM notification_preferences WHERE user_id = $1`, [userId]);
    const chosen = new Map(rows.map((r) => [r.type, r.delivery]));
    return Object.values(NotificationType).map((type) => ({
      type, label: TYPE_LABEL[type], delivery: chosen.get(type) ?? DEFAULT_DELIVERY[type], isDefault: !chosen.has(type),
    }));
  }

  async updatePreferences(viewer: Viewer | null, input: UpdateNotificationPreferencesInput): Promise<NotificationPreference[]> {
    const v = requireViewer(viewer);
    const types = input.items.map((i) => i.type);
    if (new Set(types).size !== types.length) throw new BadInputError({ items: 'Elk soort melding komt hoogstens één keer voor.' });
    return inTransaction(this.ds, async (m) => {
      await this.setDelivery(m, v.user.id, input.items);
      return this.preferencesOf(m, v.user.id);
    });
  }

  private async setDelivery(m: EntityManager, userId: string, items: { type: string; delivery: string }[]): Promise<void> {
    if (!items.length) return;
    await m.query(
      `INSERT INTO notification_preferences (user_id, type, delivery)
       SELECT $1, t, d FROM unnest($2::text[], $3::text[]) AS x(t, d)
       ON CONFLICT (user_id, type) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
      [userId, items.map((i) => i.type), items.map((i) => i.delivery)],
    );
  }

  /**
   * The one-click unsubscribe: a genuine, unexpired link turns its type off (or, from a digest, every
   * type that went into that digest). Answers what was turned off, or null for a bad link (and then
   * nothing changes).
   */
  async unsubscribe(token: unknown): Promise<string[] | null> {
    const claim = verifyUnsubscribe(this.cfg.APP_SECRET, token);
    if (!claim) return null;
    return inTransaction(this.ds, async (m) => {
      const [user] = await m.query(`SELECT id FROM users WHERE id = $1`, [claim.userId]);
      if (!user) return null;
      const current = await this.preferencesOf(m, claim.userId);
      const off = claim.scope === NotificationDelivery.DAGELIJKS || claim.scope === NotificationDelivery.WEKELIJKS
        ? current.filter((p) => p.delivery === claim.scope).map((p) => p.type)
        : [claim.scope];
      await this.setDelivery(m, claim.userId, off.map((type) => ({ type, delivery: NotificationDelivery.NOOIT })));
      return off.map((t) => TYPE_LABEL[t]);
    });
  }
}
