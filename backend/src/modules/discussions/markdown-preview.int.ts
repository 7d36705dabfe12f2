import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { cast, newComment, newThread, ok, signIn, spaceId, type Cast } from '../../test/discussions.fixtures.js';

let app: TestApp;
let p: Cast;
let gent: string;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  p = await cast(app);
  gent = await spaceId(app, 'regio-gent');
});
afterAll(() => app.stop());

const PREVIEW = `query($markdown: String!) { markdownPreview(markdown: $markdown) }`;

describe('markdownPreview', () => {
  it('refuses anonymous visitors', async () => {
    const r = await p.anonymous.client.gql(PREVIEW, { markdown: '**Hallo**' });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.data).toBeNull();
  });

  it('renders Markdown to the HTML a post would be stored with', async () => {
    const html = ok(await p.member.client.gql(PREVIEW, { markdown: '**Vet** en [de handleiding](https://example.be/handleiding)' }), 'markdownPreview');
    expect(html).toBe('<p><strong>Vet</strong> en <a href="https://example.be/handleiding" rel="nofollow ugc noopener">de handleiding</a></p>');
  });

  it('returns an XSS payload inert', async () => {
    const markdown = [
      'Kijk hier <img src=x onerror="window.__xss=1"> en <script>window.__xss=2</script>',
      '',
      '[x](javascript:alert(1)) <a href="javascript:alert(1)" onclick="window.__xss=4">z</a>',
      '',
      '<svg onload="window.__xss=5"></svg> <iframe src="javascript:alert(1)"></iframe> <img src="data:image/svg+xml,<svg onload=alert(1)>">',
    ].join('\n');
    const html: string = ok(await p.member.client.gql(PREVIEW, { markdown }), 'markdownPreview');
    expect(html).not.toMatch(/<script|<svg|<iframe|\son\w+=|javascript:|data:/i);
    // The text and the link texts survive; handlers, scripts and dangerous targets do not.
    expect(html).toBe([
      '<p>Kijk hier <img src="x" loading="lazy" referrerpolicy="no-referrer" /> en </p>',
      '<p><a rel="nofollow ugc noopener">x</a> <a rel="nofollow ugc noopener">z</a></p>',
      '<p>  <img loading="lazy" referrerpolicy="no-referrer" /></p>',
    ].join('\n'));
  });

  it('refuses more than 20,000 characters, as a thread body does, and accepts exactly 20,000', async () => {
    const over = await p.member.client.gql(PREVIEW, { markdown: 'x'.repeat(20_001) });
    expect(codeOf(over)).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0].extensions?.fields).toEqual({ markdown: 'Te lang voor een voorbeeld: hoogstens 20.000 tekens.' });
    const max = ok(await p.member.client.gql(PREVIEW, { markdown: 'x'.repeat(20_000) }), 'markdownPreview');
    expect(max).toBe(`<p>${'x'.repeat(20_000)}</p>`);
  });

  it('equals what a stored thread and comment render', async () => {
    const body = [
      '## Stappenplan voor @[Koen Kringleider](user:' + p.coordinator.user.id + ')',
      '',
      '- [x] Toetreding *aangevraagd*',
      '- [ ] Machtiging bij de [KSZ](https://www.ksz-bcss.fgov.be)',
      '',
      '| Dienst | Status |',
      '| :-- | --: |',
      '| MAGDA | `actief` |',
      '',
      '> Zie ook <b onmouseover="x()">de nota</b> ![schema](https://example.be/s.png "Schema")',
      '```ts',
      'const a = 1;',
      '```',
    ].join('\n');
    const preview = ok(await p.member.client.gql(PREVIEW, { markdown: body }), 'markdownPreview');
    const thread = await newThread(p.member.client, { spaceId: gent, title: 'Stappenplan MAGDA', body });
    expect(preview).toBe(thread.bodyHtml);
    const comment = await newComment(p.otherMember.client, thread.id, body.slice(0, 300));
    expect(ok(await p.otherMember.client.gql(PREVIEW, { markdown: body.slice(0, 300) }), 'markdownPreview')).toBe(comment.bodyHtml);
  });

  it('is rate limited per account: the 61st preview within a minute is refused, others may go on', async () => {
    const eager = await signIn(app, { bestuurCode: '44021' });
    for (let i = 1; i <= 60; i++) ok(await eager.client.gql(PREVIEW, { markdown: `Versie ${i}` }), 'markdownPreview');
    const r = await eager.client.gql(PREVIEW, { markdown: 'Versie 61' });
    expect(codeOf(r)).toBe('RATE_LIMITED');
    expect(r.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(ok(await p.otherMember.client.gql(PREVIEW, { markdown: 'Ik mag nog' }), 'markdownPreview')).toBe('<p>Ik mag nog</p>');
  });
});
