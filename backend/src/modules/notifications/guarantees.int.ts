import pg from 'pg';
import { jest } from '@jest/globals';
import { newComment, newThread, signIn, spaceId } from '../../test/discussions.fixtures.js';
import { dbUrl } from '../../test/db.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { addUpdate, makeTraject } from '../../test/trajecten.js';
import { MailService } from '../mail/mail.service.js';
import { DigestsService } from './digests.service.js';
import { NotificationsConsumer } from './notifications.consumer.js';
import { NotificationDelivery } from './notifications.enums.js';
import { periodContaining } from './periods.js';
import { follow, rows, settle } from './test-helpers.js';

// Nothing lost, nothing twice: two instances on one database, replays, late commits, a sender that dies.
let a: TestApp;
let b: TestApp;
let central: string;
beforeAll(async () => {
  a = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  b = await startTestApp({ MAIL_POLL_SECONDS: '86400', DATABASE_URL: dbUrl(a.dbName) }, { dbName: a.dbName });
  central = await spaceId(a, 'centraal');
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

const person = (name: string) => signIn(a, { name, bestuurCode: '44021' });

describe('the consumer', () => {
  it('notifies once when two instances consume at the same time, and a replayed log adds nothing', async () => {
    const followers = await Promise.all([1, 2, 3, 4, 5].map((i) => person(`Volger ${i}`)));
    for (const f of followers) await follow(f.client, 'SPACE', central, 'ALLES');
    const author = await person('Sam Starter');
    const thread = await newThread(author.client, { spaceId: central });
    for (let i = 0; i < 5; i++) await newComment(author.client, thread.id, `Bericht ${i}`);
    await Promise.all([settle(a), settle(b), a.app.get(NotificationsConsumer).wake(), b.app.get(NotificationsConsumer).wake()]);
    const ids = followers.map((f) => f.user.id);
    const first = await rows(a, `recipient_id = ANY($1::uuid[])`, [ids]);
    expect(first).toHaveLength(5 * 6);

    // As if the cursor had not moved (a crash before its commit, or an operator rewinding it).
    await a.ds.query(`UPDATE notification_cursors SET position = 0 WHERE source = 'space_events'`);
    await Promise.all([settle(a), settle(b)]);
    expect(await rows(a, `recipient_id = ANY($1::uuid[])`, [ids])).toEqual(first);
  });

  it('does not skip an event whose transaction commits after a later one', async () => {
    const t = await makeTraject(a, { title: 'Laat vastgelegd' });
    const reader = await person('Rita Lezer');
    await follow(reader.client, 'TRAJECT', t.id, 'ALLES');
    await settle(a);
    const late = await addUpdate(a, t.id, { status: 'PUBLISHED', title: 'Eerst begonnen' });
    const early = await addUpdate(a, t.id, { status: 'PUBLISHED', title: 'Eerst klaar' });
    const insert = `INSERT INTO traject_events (traject_id, type, payload) VALUES ($1, 'UPDATE_PUBLISHED', $2) RETURNING position::int AS p`;
    const slow = new pg.Client({ connectionString: dbUrl(a.dbName) });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      const { rows: [held] } = await slow.query(insert, [t.id, JSON.stringify({ updateId: late, title: 'Eerst begonnen' })]);
      const [done] = await a.ds.query(insert, [t.id, JSON.stringify({ updateId: early, title: 'Eerst klaar' })]);
      expect(done.p).toBeGreaterThan(held.p);
      await a.app.get(NotificationsConsumer).wake();
      const [cursor] = await a.ds.query(`SELECT position::int AS p FROM notification_cursors WHERE source = 'traject_events'`);
      expect(cursor.p).toBeLessThan(held.p);
      await slow.query('COMMIT');
    } finally {
      await slow.end();
    }
    await settle(a);
    expect((await rows(a, `recipient_id = $1`, [reader.user.id])).map((r) => r.link).sort()).toEqual(
      [`/trajecten/${t.slug}#update-${early}`, `/trajecten/${t.slug}#update-${late}`].sort());
  });
});

describe('digests', () => {
  it('are built once per person and period, even when two instances build them at the same moment', async () => {
    const readers = await Promise.all([1, 2, 3].map((i) => person(`Lezer ${i}`)));
    for (const r of readers) await follow(r.client, 'SPACE', central, 'NIEUWE_ONDERWERPEN');
    const author = await person('Sam Starter');
    await newThread(author.client, { spaceId: central, title: 'Voor de samenvatting' });
    await newThread(author.client, { spaceId: central, title: 'Nog een' });
    await settle(a);
    const at = new Date(periodContaining(NotificationDelivery.DAGELIJKS, new Date()).end.getTime() + 8 * 3_600_000);
    await Promise.all([a.app.get(DigestsService).runDue(at), b.app.get(DigestsService).runDue(at), a.app.get(DigestsService).runDue(at)]);

    for (const r of readers) {
      const mails = await a.ds.query(`SELECT text_body FROM outbox_mails WHERE to_address = $1 AND subject LIKE 'Je dagelijkse%'`, [r.user.email]);
      expect(mails).toHaveLength(1);
      expect(mails[0].text_body).toContain('2 meldingen');
    }
    const pending = await a.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = ANY($1::uuid[]) AND digest_run_id IS NULL`, [readers.map((r) => r.user.id)]);
    expect(pending[0].n).toBe(0);
  });
});

describe('sending', () => {
  let c: TestApp;
  beforeAll(async () => {
    // SMTP is "configured"; the transport is replaced below, so nothing leaves the machine.
    c = await startTestApp({ MAIL_POLL_SECONDS: '86400', SMTP_URL: 'smtp://127.0.0.1:1' });
  });
  afterAll(() => c.stop());

  it('never sends a mail twice when the sender dies between SMTP accepting it and recording that', async () => {
    const mail = c.app.get(MailService);
    const accepted: { to: string; messageId: string; headers: Record<string, string> }[] = [];
    (mail as unknown as { transport: unknown }).transport = { sendMail: async (m: any) => { accepted.push(m); return { messageId: m.messageId }; } };
    const died = jest.spyOn(MailService.prototype as any, 'recordSent').mockRejectedValueOnce(new Error('process killed') as never);
    const asker = await signIn(c, { name: 'Ann Asker' });
    const thread = await newThread(asker.client, { spaceId: await spaceId(c, 'centraal') });
    await newComment((await signIn(c, { name: 'Hugo Helper' })).client, thread.id);
    await settle(c);
    await mail.flush();
    expect(died).toHaveBeenCalledTimes(1);
    const [row] = await c.ds.query(`SELECT id, status FROM outbox_mails WHERE to_address = $1`, [asker.user.email]);
    expect(row.status).toBe('SENDING');
    expect(accepted.map((m) => m.to)).toEqual([asker.user.email]);
    expect(accepted[0].messageId).toBe(`<${row.id}@ketenwerk.test>`);
    expect(accepted[0].headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    // The instance comes back: nothing is sent again, now or after the claim has gone stale.
    await mail.flush();
    await c.ds.query(`UPDATE outbox_mails SET claimed_at = now() - interval '1 hour' WHERE id = $1`, [row.id]);
    await mail.flush();
    expect(accepted).toHaveLength(1);
    const [after] = await c.ds.query(`SELECT status, last_error FROM outbox_mails WHERE id = $1`, [row.id]);
    expect(after).toEqual({ status: 'FAILED', last_error: 'Verzenden onderbroken; niet opnieuw verstuurd om een dubbele e-mail te vermijden.' });
    died.mockRestore();
  });

  it('sends a mail queued while a run is under way when asked to flush, not on the next poll', async () => {
    const mail = c.app.get(MailService);
    const sent: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    (mail as unknown as { transport: unknown }).transport = {
      sendMail: async (m: any) => {
        sent.push(m.to);
        if (m.to === 'eerste@ketenwerk.test') await gate;
        return {};
      },
    };
    await c.ds.transaction((m) => mail.enqueue(m, { to: 'eerste@ketenwerk.test', subject: 'Eerste', text: 'eerste' }));
    const first = mail.flush();
    while (!sent.length) await new Promise((r) => setTimeout(r, 5));
    // The run has already looked for due mail; this one is queued after that.
    await c.ds.transaction((m) => mail.enqueue(m, { to: 'tweede@ketenwerk.test', subject: 'Tweede', text: 'tweede' }));
    const second = mail.flush();
    release();
    await Promise.all([first, second]);
    expect(sent).toEqual(['eerste@ketenwerk.test', 'tweede@ketenwerk.test']);
    const status = await c.ds.query(`SELECT to_address, status FROM outbox_mails WHERE to_address LIKE '%e@ketenwerk.test' ORDER BY created_at`);
    expect(status).toEqual([{ to_address: 'eerste@ketenwerk.test', status: 'SENT' }, { to_address: 'tweede@ketenwerk.test', status: 'SENT' }]);
  });

  it('retries a mail SMTP refused, later, with the same Message-ID', async () => {
    const mail = c.app.get(MailService);
    const tries: string[] = [];
    let refuse = true;
    (mail as unknown as { transport: unknown }).transport = {
      sendMail: async (m: any) => {
        tries.push(m.messageId);
        if (refuse) throw new Error('421 service not available');
        return {};
      },
    };
    const asker = await signIn(c, { name: 'Ann Asker' });
    const thread = await newThread(asker.client, { spaceId: await spaceId(c, 'centraal') });
    await newComment((await signIn(c, { name: 'Hugo Helper' })).client, thread.id);
    await settle(c);
    await mail.flush();
    const [row] = await c.ds.query(`SELECT id, status, attempts, next_attempt_at > now() AS later FROM outbox_mails WHERE to_address = $1`, [asker.user.email]);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, later: true });
    refuse = false;
    await c.ds.query(`UPDATE outbox_mails SET next_attempt_at = now() WHERE id = $1`, [row.id]);
    await mail.flush();
    const [sent] = await c.ds.query(`SELECT status, attempts FROM outbox_mails WHERE id = $1`, [row.id]);
    expect(sent).toEqual({ status: 'SENT', attempts: 2 });
    expect(tries).toEqual([`<${row.id}@ketenwerk.test>`, `<${row.id}@ketenwerk.test>`]);
  });
});
