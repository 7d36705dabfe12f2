import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config.js';
import { InjectConfig } from '../../common/tokens.js';
import { PageArgs, paginate } from '../../common/pagination.js';
import { requireAdmin, type Viewer } from '../../common/viewer.js';
import { inTransaction } from '../../database/transaction.js';
import { MailStatus, OutboxMailEntity } from './outbox-mail.entity.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

const MAX_ATTEMPTS = 8;
const BATCH = 20;
// Far longer than one SMTP hand-over: a claim this old belongs to a sender that stopped mid-way.
const STALE_CLAIM_MINUTES = 15;

/**
 * Every mail goes through the outbox table: callers enqueue inside their own transaction, a sender
 * delivers with retries and backoff. Without SMTP_URL mails are stored for administrators instead.
 */
@Injectable()
export class MailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Mail');
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly ds: DataSource,
    @InjectConfig() private readonly cfg: AppConfig,
  ) {
    this.transport = cfg.SMTP_URL ? nodemailer.createTransport(cfg.SMTP_URL) : null;
  }

  async enqueue(manager: EntityManager, mail: MailMessage): Promise<void> {
    await this.enqueueMany(manager, [mail]);
  }

  /** Several mails in as few statements as possible (e.g. one per notification of a fan-out). */
  async enqueueMany(manager: EntityManager, mails: MailMessage[]): Promise<void> {
    if (!mails.length) return;
    for (let i = 0; i < mails.length; i += 1000) {
      const part = mails.slice(i, i + 1000);
      await manager.query(
        `INSERT INTO outbox_mails (to_address, subject, text_body, html_body, headers)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[])`,
        [part.map((x) => x.to), part.map((x) => x.subject), part.map((x) => x.text), part.map((x) => x.html ?? null),
          part.map((x) => (x.headers ? JSON.stringify(x.headers) : null))],
      );
    }
    // Deliver soon after the transaction commits rather than waiting for the next poll.
    setTimeout(() => void this.flush(), 50).unref();
  }

  /** Outgoing mail, newest first; administrators only. */
  list(viewer: Viewer | null, args: PageArgs) {
    requireAdmin(viewer);
    const qb = this.ds.getRepository(OutboxMailEntity).createQueryBuilder('o');
    // Cursors carry milliseconds; truncating keeps the order and the cursor comparison consistent.
    return paginate(qb, args, {
      column: `date_trunc('milliseconds', o.created_at)`,
      value: (m) => m.createdAt.toISOString(),
      direction: 'DESC',
    });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush(), this.cfg.MAIL_POLL_SECONDS * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /**
   * Sends what is due; one run at a time per instance, rows claimed with SKIP LOCKED across instances.
   * The promise settles after a run that started after the call: a run already under way may have
   * looked for due mail before the caller's change, so callers then share one more run after it.
   */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      return (this.again ??= this.running.then(() => {
        this.again = null;
        return this.flush();
      }));
    }
    this.running = this.sendDue()
      .catch((err) => this.log.error({ err }, 'mail sender failed'))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async sendDue(): Promise<void> {
    for (;;) {
      if (this.stopped || !this.ds.isInitialized) return;
      if (!this.transport) {
        if ((await this.storeDue()) < BATCH) return;
        continue;
      }
      await this.abandonStaleClaims();
      const token = randomUUID();
      const claimed = await this.claim(token);
      for (const mail of claimed) await this.deliver(mail, token);
      if (claimed.length < BATCH) return;
    }
  }

  private due(m: EntityManager): Promise<OutboxMailEntity[]> {
    return m
      .getRepository(OutboxMailEntity)
      .createQueryBuilder('o')
      .where(`o.status = 'PENDING' AND o.next_attempt_at <= now()`)
      .orderBy('o.next_attempt_at')
      .limit(BATCH)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** Without SMTP nothing leaves the server: due mail is kept for administrators, in one transaction. */
  private storeDue(): Promise<number> {
    return inTransaction(this.ds, async (m) => {
      const due = await this.due(m);
      for (const mail of due) {
        this.log.log({ mailId: mail.id, to: mail.to, subject: mail.subject }, 'mail stored (no SMTP_URL)');
        await m.getRepository(OutboxMailEntity).update(mail.id, { status: MailStatus.STORED, attempts: mail.attempts + 1, sentAt: new Date() });
      }
      return due.length;
    });
  }

  /**
   * Marks due mail SENDING under this sender's token, committed before anything goes to SMTP. If the
   * sender then dies between SMTP accepting a mail and recording it, the mail stays SENDING and is
   * never picked up again: no one gets the same mail twice.
   */
  private claim(token: string): Promise<OutboxMailEntity[]> {
    return inTransaction(this.ds, async (m) => {
      const due = await this.due(m);
      if (due.length) {
        await m.getRepository(OutboxMailEntity).update({ id: In(due.map((d) => d.id)) }, { status: MailStatus.SENDING, claimToken: token, claimedAt: new Date() });
      }
      return due;
    });
  }

  private async deliver(mail: OutboxMailEntity, token: string): Promise<void> {
    try {
      await this.transport!.sendMail({
        from: this.cfg.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? undefined,
        headers: mail.headers ?? undefined,
        // The same Message-ID on every attempt, so a receiving system can recognise a retry.
        messageId: `<${mail.id}@${new URL(this.cfg.APP_ORIGIN).hostname}>`,
      });
    } catch (err) {
      await this.recordFailure(mail, token, err as Error);
      return;
    }
    await this.recordSent(mail, token);
  }

  /** SMTP accepted the mail. Only this sender's claim is completed. */
  protected async recordSent(mail: OutboxMailEntity, token: string): Promise<void> {
    await inTransaction(this.ds, (m) => m.query(
      `UPDATE outbox_mails SET status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = NULL, claim_token = NULL, updated_at = now()
       WHERE id = $1 AND claim_token = $2 AND status = 'SENDING'`,
      [mail.id, token],
    ));
  }

  /** SMTP refused or could not be reached: try again later (1, 2, 4, … minutes), up to MAX_ATTEMPTS. */
  private async recordFailure(mail: OutboxMailEntity, token: string, err: Error): Promise<void> {
    const attempts = mail.attempts + 1;
    const failed = attempts >= MAX_ATTEMPTS;
    const next = new Date(Date.now() + 60_000 * 2 ** (attempts - 1));
    this.log.warn({ mailId: mail.id, attempts, err: err.message }, 'mail delivery failed');
    await inTransaction(this.ds, (m) => m.query(
      `UPDATE outbox_mails SET status = $3, attempts = $4, next_attempt_at = $5, last_error = $6, claim_token = NULL, updated_at = now()
       WHERE id = $1 AND claim_token = $2 AND status = 'SENDING'`,
      [mail.id, token, failed ? MailStatus.FAILED : MailStatus.PENDING, attempts, next, err.message.slice(0, 500)],
    ));
  }

  /** A claim its sender never completed: the mail may have gone out, so it is reported, not resent. */
  private async abandonStaleClaims(): Promise<void> {
    await inTransaction(this.ds, (m) => m.query(
      `UPDATE outbox_mails SET status = 'FAILED', claim_token = NULL, updated_at = now(),
         last_error = 'Verzenden onderbroken; niet opnieuw verstuurd om een dubbele e-mail te vermijden.'
       WHERE status = 'SENDING' AND claimed_at < now() - make_interval(mins => ${STALE_CLAIM_MINUTES})`,
    ));
  }
}
