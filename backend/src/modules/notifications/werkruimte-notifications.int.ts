import { newComment, newThread, ok, Q as D, signIn, spaceId } from '../../test/discussions.fixtures.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { bell, follow, mention, rows, settle } from './test-helpers.js';

// Werkruimte notifications, driven through the discussions module's own GraphQL operations.
let app: TestApp;
let central: string;
let gent: string;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  central = await spaceId(app, 'centraal');
  gent = await spaceId(app, 'regio-gent');
});
afterAll(() => app.stop());

const person = (name: string, o: Parameters<typeof signIn>[1] = {}) => signIn(app, { name, bestuurCode: '44021', ...o });

describe('replies and mentions', () => {
  it('tells the asker about a reply, with a link to the exact comment, and not the person who replied', async () => {
    const asker = await person('Ann Asker');
    const helper = await person('Hugo Helper');
    const thread = await newThread(asker.client, { spaceId: central, title: 'Toegang tot MAGDA aanvragen' });
    const comment = await newComment(helper.client, thread.id, 'Via het **formulier** van de KSZ.');
    await settle(app);

    const a = await bell(asker.client);
    expect(a.count).toBe(1);
    expect(a.items).toHaveLength(1);
    expect(a.items[0]).toMatchObject({
      type: 'REPLY_TO_THREAD',
      summary: 'Hugo Helper reageerde op je vraag “Toegang tot MAGDA aanvragen”',
      excerpt: 'Via het formulier van de KSZ.',
      link: `/werkruimte/discussies/${thread.id}#bericht-${comment.id}`,
      threadId: thread.id, commentId: comment.id, read: false, emailDelivery: 'DIRECT',
      actor: { id: helper.user.id, displayName: 'Hugo Helper' },
      context: { kind: 'SPACE', id: central, title: 'Centrale werkruimte' },
    });
    // Commenting made Hugo follow the thread, but he is the one who acted.
    expect(await bell(helper.client)).toEqual({ count: 0, items: [] });
  });

  it('tells the author of a comment about a reply to it; a reply that also mentions them is one notification', async () => {
    const asker = await person('Ann Asker');
    const first = await person('Frank First');
    const second = await person('Sara Second');
    const thread = await newThread(asker.client, { spaceId: central });
    const parent = await newComment(first.client, thread.id, 'Eerste antwoord');
    const reply = await newComment(second.client, thread.id, `Klopt, ${mention(first.user, 'Frank First')}, en ook zo.`, parent.id);
    await settle(app);

    const f = await bell(first.client);
    expect(f.items.map((n) => [n.type, n.commentId])).toEqual([['MENTION', reply.id]]);
    expect(f.items[0].summary).toBe(`Sara Second vermeldde je in “${thread.title}”`);
    // The asker heard of both posts in their thread; nobody heard of their own.
    expect((await bell(asker.client)).items.map((n) => [n.type, n.commentId])).toEqual([['REPLY_TO_THREAD', reply.id], ['REPLY_TO_THREAD', parent.id]]);
    expect((await bell(second.client)).items).toEqual([]);
    expect(await rows(app, 'recipient_id = $1', [first.user.id])).toHaveLength(1);
  });

  it('tells people mentioned in a new thread, and those added to it by an edit, once each', async () => {
    const author = await person('Anna Auteur');
    const early = await person('Eva Eerst');
    const later = await person('Lars Later');
    const thread = await newThread(author.client, { spaceId: central, body: `Wat denk jij, ${mention(early.user, 'Eva Eerst')}?` });
    await settle(app);
    ok(await author.client.gql(D.updateThread, {
      input: { threadId: thread.id, body: `Wat denk jij, ${mention(early.user, 'Eva Eerst')}? En ${mention(later.user, 'Lars Later')}?` },
    }), 'updateThread');
    await settle(app);

    expect((await bell(early.client)).items.map((n) => n.type)).toEqual(['MENTION']);
    expect((await bell(later.client)).items.map((n) => [n.type, n.summary])).toEqual([['MENTION', `Anna Auteur vermeldde je in “${thread.title}”`]]);
    expect((await bell(author.client)).items).toEqual([]);
  });

  it('tells the answerer their answer was accepted, and the asker when a moderator accepted it for them', async () => {
    const asker = await person('Ann Asker');
    const answerer = await person('Bert Beantwoorder');
    const coordinator = await person('Koen Kring', { coordinates: 'regio-gent' });
    const byAsker = await newThread(asker.client, { spaceId: gent, title: 'Welke e-loket-software gebruiken jullie?' });
    const a1 = await newComment(answerer.client, byAsker.id, 'Wij gebruiken X.');
    ok(await asker.client.gql(D.accept, { input: { commentId: a1.id } }), 'acceptAnswer');
    const byModerator = await newThread(asker.client, { spaceId: gent, title: 'Wie kent een goede DPO-opleiding?' });
    const a2 = await newComment(answerer.client, byModerator.id, 'Die van V-ICT-OR.');
    ok(await coordinator.client.gql(D.accept, { input: { commentId: a2.id } }), 'acceptAnswer');
    await settle(app);

    const accepted = (await bell(answerer.client)).items.filter((n) => n.type === 'ANSWER_ACCEPTED').map((n) => n.summary);
    expect(accepted).toEqual([
      'Je antwoord op “Wie kent een goede DPO-opleiding?” werd aanvaard',
      'Je antwoord op “Welke e-loket-software gebruiken jullie?” werd aanvaard',
    ]);
    const forAsker = (await bell(asker.client)).items.filter((n) => n.type === 'ANSWER_ACCEPTED');
    expect(forAsker.map((n) => n.summary)).toEqual(['Koen Kring duidde een antwoord aan op je vraag “Wie kent een goede DPO-opleiding?”']);
  });
});

describe('follow levels', () => {
  it('hears of threads created after following a space: new threads for NIEUWE_ONDERWERPEN, posts too for ALLES, nothing for NORMAAL or GEDEMPT', async () => {
    const topics = await person('Tine Topics');
    const everything = await person('Ellen Alles');
    const normal = await person('Nico Normaal');
    const muted = await person('Mo Gedempt');
    await follow(topics.client, 'SPACE', gent, 'NIEUWE_ONDERWERPEN');
    await follow(everything.client, 'SPACE', gent, 'ALLES');
    await follow(normal.client, 'SPACE', gent, 'NORMAAL');
    await follow(muted.client, 'SPACE', gent, 'GEDEMPT');
    const author = await person('Sam Starter');
    const thread = await newThread(author.client, { spaceId: gent, kind: 'DISCUSSIE', title: 'Ervaringen met slimme camera’s' });
    const comment = await newComment((await person('Rita Reageer')).client, thread.id);
    await settle(app);

    expect((await bell(topics.client)).items.map((n) => [n.type, n.summary])).toEqual([
      ['NEW_THREAD', `Sam Starter startte “Ervaringen met slimme camera’s” in Regio Gent`],
    ]);
    expect((await bell(everything.client)).items.map((n) => [n.type, n.commentId])).toEqual([['NEW_COMMENT', comment.id], ['NEW_THREAD', null]]);
    expect((await bell(normal.client)).items).toEqual([]);
    expect((await bell(muted.client)).items).toEqual([]);
  });

  it('lets the most specific follow win: a muted thread in a followed space, a followed thread in a muted space', async () => {
    const reader = await person('Rob Lezer');
    const author = await person('Sam Starter');
    await follow(reader.client, 'SPACE', gent, 'ALLES');
    const quiet = await newThread(author.client, { spaceId: gent, title: 'Een rustig onderwerp' });
    const loud = await newThread(author.client, { spaceId: central, title: 'Een druk onderwerp' });
    await follow(reader.client, 'THREAD', quiet.id, 'GEDEMPT');
    await follow(reader.client, 'SPACE', central, 'GEDEMPT');
    await follow(reader.client, 'THREAD', loud.id, 'ALLES');
    await settle(app);
    const before = (await bell(reader.client)).items.length;
    const other = await person('Olga Ander');
    await newComment(other.client, quiet.id, `Ook een vermelding, ${mention(reader.user)}, telt niet in een gedempt onderwerp.`);
    const heard = await newComment(other.client, loud.id);
    await settle(app);

    const items = (await bell(reader.client)).items;
    expect(items).toHaveLength(before + 1);
    expect(items[0]).toMatchObject({ type: 'NEW_COMMENT', commentId: heard.id });
  });
});

describe('moderation and access', () => {
  it('tells an author that a moderator hid their comment, even in a thread they muted', async () => {
    const author = await person('Piet Poster');
    const coordinator = await person('Koen Kring', { coordinates: 'regio-gent' });
    const thread = await newThread((await person('Sam Starter')).client, { spaceId: gent });
    const comment = await newComment(author.client, thread.id, 'Iets ongepasts');
    await follow(author.client, 'THREAD', thread.id, 'GEDEMPT');
    ok(await coordinator.client.gql(D.hide, { input: { commentId: comment.id, reason: 'Persoonsgegevens' } }), 'hideComment');
    await settle(app);

    const items = (await bell(author.client)).items;
    expect(items.map((n) => [n.type, n.summary, n.excerpt])).toEqual([
      ['MODERATION', `Een moderator verborg je bericht in “${thread.title}” (reden: Persoonsgegevens)`, null],
    ]);
  });

  it('tells authors when a moderator edits, deletes, locks, closes or moves their posts, and nobody when they do it themselves', async () => {
    const author = await person('Piet Poster');
    const coordinator = await person('Koen Kring', { coordinates: 'regio-gent' });
    const thread = await newThread(author.client, { spaceId: gent, title: 'Te modereren' });
    const own = await newComment(author.client, thread.id, 'Zelf verwijderd');
    const other = await newComment(author.client, thread.id, 'Door een moderator verwijderd');
    ok(await coordinator.client.gql(D.updateThread, { input: { threadId: thread.id, body: 'Zonder persoonsgegevens.' } }), 'updateThread');
    ok(await author.client.gql(D.deleteComment, { input: { commentId: own.id } }), 'deleteComment');
    ok(await coordinator.client.gql(D.deleteComment, { input: { commentId: other.id } }), 'deleteComment');
    ok(await coordinator.client.gql(D.lock, { input: { threadId: thread.id, locked: true } }), 'setThreadLocked');
    ok(await coordinator.client.gql(D.close, { input: { threadId: thread.id } }), 'closeThread');
    ok(await coordinator.client.gql(D.move, { input: { threadId: thread.id, spaceId: central } }), 'moveThread');
    await settle(app);

    expect((await bell(author.client)).items.map((n) => n.summary)).toEqual([
      'Een moderator verplaatste je onderwerp “Te modereren”',
      'Een moderator sloot je onderwerp “Te modereren”',
      'Een moderator vergrendelde je onderwerp “Te modereren”',
      'Een moderator verwijderde je bericht in “Te modereren”',
      'Een moderator bewerkte je onderwerp “Te modereren”',
    ]);
  });

  it('sends nothing from a members-only thread to someone who left the region', async () => {
    const coordinator = await person('Koen Kring', { coordinates: 'regio-gent' });
    const staying = await person('Gerda Gent');
    const leaving = await person('Vera Vertrek');
    await follow(staying.client, 'SPACE', gent, 'ALLES');
    await follow(leaving.client, 'SPACE', gent, 'ALLES');
    const thread = await newThread(coordinator.client, { spaceId: gent, kind: 'DISCUSSIE', title: 'Enkel voor de kenniskring', membersOnly: true });
    await newComment(leaving.client, thread.id, 'Ik doe mee.');
    await settle(app);
    expect((await bell(leaving.client)).items.map((n) => n.type)).toEqual(['NEW_THREAD']);

    // Vera now works for Antwerpen: she is no longer a member of the Gent kenniskring.
    await app.ds.query(`UPDATE users SET bestuur_id = (SELECT id FROM besturen WHERE code = '11002') WHERE id = $1`, [leaving.user.id]);
    const reply = await newComment(coordinator.client, thread.id, `Welkom, ${mention(leaving.user, 'Vera Vertrek')}!`);
    await settle(app);

    expect((await bell(leaving.client)).items.map((n) => n.type)).toEqual(['NEW_THREAD']);
    expect((await bell(staying.client)).items.map((n) => [n.type, n.commentId]).slice(0, 1)).toEqual([['NEW_COMMENT', reply.id]]);
    expect(await rows(app, `recipient_id = $1 AND comment_id = $2`, [leaving.user.id, reply.id])).toEqual([]);
  });
});
