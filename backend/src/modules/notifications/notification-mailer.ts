import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config.js';
import { InjectConfig } from '../../common/tokens.js';
import { MailService } from '../mail/mail.service.js';
import { digestMail, directMail, type MailItem, type MailSettings, type Recipient } from './notification-mails.js';
import type { Period } from './periods.js';

/** Columns of `notifications n` and `users u` that a mail needs. */
export const MAIL_COLUMNS = `n.id, n.type, n.actor_name AS "actorName", n.subject_title AS "subjectTitle", n.context_title AS "contextTitle",
  n.details, n.link, n.excerpt, n.context_kind AS "contextKind", n.context_id AS "contextId", n.created_at AS "createdAt",
  u.id AS "userId", u.email, u.display_name AS "displayName"`;

export type MailRow = MailItem & { userId: string; email: string; displayName: string };

export const recipientOf = (r: MailRow): Recipient => ({ id: r.userId, email: r.email, displayName: r.displayName });

/** Puts notification mails in the outbox, in the caller's transaction (the one that wrote the notifications). */
@Injectable()
export class NotificationMailer {
  readonly settings: MailSettings;

  constructor(
    private readonly mail: MailService,
    @InjectConfig() cfg: AppConfig,
  ) {
    this.settings = { origin: cfg.APP_ORIGIN, secret: cfg.APP_SECRET };
  }

  /** One mail per notification, for those delivered DIRECT. */
  async direct(m: EntityManager, notificationIds: string[]): Promise<number> {
    if (!notificationIds.length) return 0;
    const rows: MailRow[] = await m.query(
      `SELECT ${MAIL_COLUMNS} FROM notifications n JOIN users u ON u.id = n.recipient_id WHERE n.id = ANY($1::uuid[])`,
      [notificationIds],
    );
    await this.mail.enqueueMany(m, rows.map((r) => directMail(this.settings, recipientOf(r), { ...r, createdAt: new Date(r.createdAt) })));
    return rows.length;
  }

  /** One digest mail per person, for one period. */
  async digests(m: EntityManager, digests: { recipient: Recipient; items: MailItem[] }[], period: Period): Promise<void> {
    await this.mail.enqueueMany(m, digests.map((d) => digestMail(this.settings, d.recipient, period.frequency, period.label, d.items)));
  }
}
