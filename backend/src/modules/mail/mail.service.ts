import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
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
}

const MAX_ATTEMPTS = 8;
const BATCH = 20;

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
  private stopped = false;

  constructor(
    private readonly ds: DataSource,
    @InjectConfig() private readonly cfg: AppConfig,
  ) {
    this.transport = cfg.SMTP_URL ? nodemailer.createTransport(cfg.SMTP_URL) : null;
  }

  async enqueue(manager: EntityManager, mail: MailMessage): Promise<void> {
    await manager.insert(OutboxMailEntity, { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null });
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

  /** Sends what is due; one run at a time per instance, rows claimed with SKIP LOCKED across instances. */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.sendDue()
      .catch((err) => this.log.error({ err }, 'mail sender failed'))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async sendDue(): Promise<void> {
    for (;;) {
      if (this.stopped || !this.ds.isInitialized) return;
      const sent = await inTransaction(this.ds, async (m) => {
        const due: OutboxMailEntity[] = await m
          .getRepository(OutboxMailEntity)
          .createQueryBuilder('o')
          .where(`o.status = 'PENDING' AND o.next_attempt_at <= now()`)
          .orderBy('o.next_attempt_at')
          .limit(BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const mail of due) await this.deliver(m, mail);
        return due.length;
      });
      if (sent < BATCH) return;
    }
  }

  private async deliver(m: EntityManager, mail: OutboxMailEntity): Promise<void> {
    const repo = m.getRepository(OutboxMailEntity);
    if (!this.transport) {
      this.log.log({ mailId: mail.id, to: mail.to, subject: mail.subject }, 'mail stored (no SMTP_URL)');
      await repo.update(mail.id, { status: MailStatus.STORED, attempts: mail.attempts + 1, sentAt: new Date() });
      return;
    }
    try {
      await this.transport.sendMail({ from: this.cfg.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? undefined });
      await repo.update(mail.id, { status: MailStatus.SENT, attempts: mail.attempts + 1, sentAt: new Date(), lastError: null });
    } catch (err) {
      const attempts = mail.attempts + 1;
      const failed = attempts >= MAX_ATTEMPTS;
      // 1, 2, 4, … minutes between attempts.
      const next = new Date(Date.now() + 60_000 * 2 ** (attempts - 1));
      this.log.warn({ mailId: mail.id, attempts, err: (err as Error).message }, 'mail delivery failed');
      await repo.update(mail.id, {
        status: failed ? MailStatus.FAILED : MailStatus.PENDING,
        attempts,
        nextAttemptAt: next,
        lastError: (err as Error).message.slice(0, 500),
      });
    }
  }
}
