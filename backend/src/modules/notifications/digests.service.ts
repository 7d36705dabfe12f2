import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config.js';
import { NotFoundError } from '../../common/errors.js';
import { InjectConfig } from '../../common/tokens.js';
import { requireAdmin, type Viewer } from '../../common/viewer.js';
import { inTransaction } from '../../database/transaction.js';
import { MAIL_COLUMNS, NotificationMailer, recipientOf, type MailRow } from './notification-mailer.js';
import { digestMail } from './notification-mails.js';
import { NotificationDelivery } from './notifications.enums.js';
import type { DigestPreview } from './notifications.models.js';
import { returned } from './notifications.service.js';
import { duePeriod, periodContaining, type DigestFrequency, type Period } from './periods.js';

const FREQUENCIES: DigestFrequency[] = [NotificationDelivery.DAGELIJKS, NotificationDelivery.WEKELIJKS];
// People per transaction: few statements per digest, yet short transactions.
const CHUNK = 500;
const asDates = <T extends MailRow>(rows: T[]): T[] => rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));

/**
 * Daily and weekly digests. When a period's digests are due, each person with notifications waiting
 * for that digest gets one mail: a digest_runs row (unique per period and person) is claimed in the
 * same transaction that marks the notifications as included and queues the mail, so with several
 * instances each digest is built exactly once. It holds every notification of that delivery that is
 * not yet in a digest and happened before the period ended: what the bell listed for the period, and
 * anything an earlier run could not include.
 */
@Injectable()
export class DigestsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Digests');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly mailer: NotificationMailer,
    @InjectConfig() private readonly cfg: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Every minute at most (digests go out on the hour); never more often than the other background work.
    this.timer = setInterval(() => {
      this.running ??= this.runDue(new Date())
        .catch((err: Error) => this.log.error({ err }, 'digest run failed'))
        .finally(() => { this.running = null; });
    }, Math.max(60, this.cfg.MAIL_POLL_SECONDS) * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Builds every digest due at `now`; answers how many mails were queued. */
  async runDue(now: Date): Promise<number> {
    let sent = 0;
    for (const frequency of FREQUENCIES) {
      const period = duePeriod(frequency, now);
      // In a fixed order, so two instances claiming the same people wait for each other instead of deadlocking.
      const users: { recipient_id: string }[] = await this.ds.query(
        `SELECT DISTINCT recipient_id FROM notifications WHERE email_delivery = $1 AND digest_run_id IS NULL AND created_at < $2 ORDER BY recipient_id`,
        [frequency, period.end],
      );
      for (let i = 0; i < users.length; i += CHUNK) sent += await this.build(users.slice(i, i + CHUNK).map((u) => u.recipient_id), period);
    }
    return sent;
  }

  /** These people's digests for one period, in one transaction; those another instance already built are skipped. */
  async build(userIds: string[], period: Period): Promise<number> {
    return inTransaction(this.ds, async (m) => {
      const runs: { id: string; user_id: string }[] = await m.query(
        `INSERT INTO digest_runs (user_id, frequency, period_key) SELECT u, $2, $3 FROM unnest($1::uuid[]) AS u
         ON CONFLICT (period_key, user_id) DO NOTHING RETURNING id, user_id`,
        [userIds, period.frequency, period.key],
      );
      if (!runs.length) return 0;
      // Joined through digest_runs' unique index, so the plan stays a lookup per person whatever the statistics say.
      const items = asDates(returned<MailRow & { runId: string }>(await m.query(
        `UPDATE notifications n SET digest_run_id = d.id FROM digest_runs d, users u
         WHERE d.period_key = $1 AND d.user_id = ANY($2::uuid[]) AND n.recipient_id = ANY($2::uuid[]) AND n.recipient_id = d.user_id
           AND u.id = n.recipient_id AND n.email_delivery = $3 AND n.digest_run_id IS NULL AND n.created_at < $4
         RETURNING ${MAIL_COLUMNS}, d.id AS "runId"`,
        [period.key, runs.map((r) => r.user_id), period.frequency, period.end],
      )));
      const byRun = new Map<string, MailRow[]>();
      for (const item of items) byRun.set(item.runId, [...(byRun.get(item.runId) ?? []), item]);
      await m.query(
        `UPDATE digest_runs d SET item_count = x.n FROM unnest($1::uuid[], $2::int[]) AS x(id, n) WHERE d.id = x.id`,
        [[...byRun.keys()], [...byRun.values()].map((list) => list.length)],
      );
      await this.mailer.digests(m, [...byRun.values()].map((list) => ({ recipient: recipientOf(list[0]), items: list })), period);
      return byRun.size;
    });
  }

  /** The digest a person would get for what is waiting now, as it will look (administrators only). */
  async preview(viewer: Viewer | null, userId: string, frequency: DigestFrequency = NotificationDelivery.DAGELIJKS): Promise<DigestPreview> {
    requireAdmin(viewer);
    const [user] = await this.ds.query(`SELECT id AS "userId", email, display_name AS "displayName" FROM users WHERE id = $1`, [userId]);
    if (!user) throw new NotFoundError('Gebruiker');
    const items = asDates(await this.ds.query(
      `SELECT ${MAIL_COLUMNS} FROM notifications n JOIN users u ON u.id = n.recipient_id
       WHERE n.recipient_id = $1 AND n.email_delivery = $2 AND n.digest_run_id IS NULL ORDER BY n.created_at, n.id`,
      [userId, frequency],
    ));
    const mail = digestMail(this.mailer.settings, recipientOf(user), frequency, periodContaining(frequency, new Date()).label, items);
    return { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? '', itemCount: items.length };
  }
}
