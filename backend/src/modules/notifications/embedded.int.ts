import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../common/logger.js';
import { startServer, type Server } from '../../server.js';
import { Client } from '../../test/harness.js';
import { NotificationsConsumer } from './notifications.consumer.js';
import { DigestsService } from './digests.service.js';
import { NotificationDelivery } from './notifications.enums.js';
import { periodContaining } from './periods.js';
import { bell, data, follow, Q } from './test-helpers.js';

// The same flow on the embedded database (PGlite): one session for the whole process, its own quirks.
let app: Server;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kw-notifications-'));
  const cfg = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', FRONTEND_DIST: '/nonexistent', APP_ORIGIN: 'http://ketenwerk.test', MAIL_POLL_SECONDS: '86400' }, []);
  app = await startServer(cfg, createLogger('silent'));
}, 120_000);
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function as(email: string, password: string) {
  const c = new Client(app.url);
  expect((await c.login(email, password)).errors).toBeUndefined();
  return c;
}

const gql = async (c: Client, query: string, variables: Record<string, unknown>, path: string) => data(await c.gql(query, variables), path);

describe('notifications on the embedded database', () => {
  it('notifies, mails, marks read, builds a digest and unsubscribes', async () => {
    const coordinator = await as('coordinator@ketenwerk.test', 'Ketenwerk-coord-2025');
    const member = await as('lid@ketenwerk.test', 'Ketenwerk-lid-2025');
    const [central] = await app.ds.query(`SELECT id FROM spaces WHERE slug = 'centraal'`);
    const [me] = await app.ds.query(`SELECT id FROM users WHERE email = 'coordinator@ketenwerk.test'`);
    await follow(member, 'SPACE', central.id, 'NIEUWE_ONDERWERPEN');
    const thread = await gql(coordinator, `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { spaceId: central.id, kind: 'VRAAG', title: 'Wie gebruikt al het nieuwe e-loket?', body: 'Graag ervaringen.' } }, 'createThread');
    await gql(member, `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { threadId: thread.id, body: `Wij, @[Koen Coördinator](user:${me.id})!` } }, 'addComment');
    await app.app.get(NotificationsConsumer).drain();

    const b = await bell(coordinator);
    expect(b.count).toBe(1);
    expect(b.items.map((n) => [n.type, n.summary])).toEqual([['MENTION', 'Lotte Lid vermeldde je in “Wie gebruikt al het nieuwe e-loket?”']]);
    const [mail] = await app.ds.query(`SELECT subject, headers FROM outbox_mails WHERE to_address = 'coordinator@ketenwerk.test' AND subject LIKE 'Lotte%'`);
    expect(mail.subject).toBe('Lotte Lid vermeldde je in “Wie gebruikt al het nieuwe e-loket?” – Ketenwerk');
    await gql(coordinator, Q.markRead, { input: { id: b.items[0].id } }, 'markNotificationRead');
    expect((await bell(coordinator)).count).toBe(0);
    expect((await bell(member)).items.map((n) => n.type)).toEqual(['NEW_THREAD']);

    const day = periodContaining(NotificationDelivery.DAGELIJKS, new Date());
    expect(await app.app.get(DigestsService).runDue(new Date(day.end.getTime() + 8 * 3_600_000))).toBeGreaterThanOrEqual(1);
    const [digest] = await app.ds.query(`SELECT text_body, headers FROM outbox_mails WHERE to_address = 'lid@ketenwerk.test' AND subject LIKE 'Je dagelijkse%'`);
    expect(digest.text_body).toContain('Koen Coördinator startte “Wie gebruikt al het nieuwe e-loket?” in Centrale werkruimte');
    const res = await fetch(digest.headers['List-Unsubscribe'].slice(1, -1).replace('http://ketenwerk.test', app.url), { method: 'POST' });
    expect(res.status).toBe(200);
    const prefs = await gql(member, Q.preferences, {}, 'notificationPreferences');
    expect(prefs.filter((p: any) => p.delivery === 'DAGELIJKS')).toEqual([]);
  });
});
