import { JSDOM } from 'jsdom';
import { mentionedIds, renderMarkdown } from './markdown.js';

// Each payload is Markdown a member could type. After rendering, the HTML is loaded into a real DOM
// (jsdom, with scripts enabled) and inspected: nothing may run, and nothing that could run may remain.
const PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror="window.__xss=1">',
  '<img src="x" onerror=window.__xss=1 />',
  '<IMG SRC="javascript:window.__xss=1">',
  '<img src=javascript:window.__xss=1>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<svg onload="window.__xss=1"></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<svg><a xlink:href="javascript:window.__xss=1"><text x="20" y="20">klik</text></a></svg>',
  '<svg><animate onbegin="window.__xss=1" attributeName="x" dur="1s"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<body onload="window.__xss=1">',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<a href="javascript:window.__xss=1">klik</a>',
  '<a href="JaVaScRiPt:window.__xss=1">klik</a>',
  '<a href="  javascript:window.__xss=1">klik</a>',
  '<a href="java&#x09;script:window.__xss=1">klik</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1">klik</a>',
  '<a href="vbscript:msgbox(1)">klik</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
  '<a href="data:text/html,<script>alert(1)</script>">klik</a>',
  '[klik](javascript:window.__xss=1)',
  '[klik](JAVASCRIPT:window.__xss=1)',
  '[klik](javascript&#58;window.__xss=1)',
  '[klik](<javascript:window.__xss=1>)',
  '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:window.__xss=1)',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x" onerror="window.__xss=1](https://example.be/a.png)',
  '[a](https://example.be "title\\" onmouseover=\\"window.__xss=1")',
  '[ref]\n\n[ref]: javascript:window.__xss=1',
  '<a href="https://example.be" onclick="window.__xss=1">klik</a>',
  '<div onmouseover="window.__xss=1">zweef</div>',
  '<p style="background:url(javascript:window.__xss=1)">stijl</p>',
  '<style>body{background:url("javascript:window.__xss=1")}</style>',
  '<link rel="stylesheet" href="javascript:window.__xss=1">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:window.__xss=1//">',
  '<form action="javascript:window.__xss=1"><button>verstuur</button></form>',
  '<button formaction="javascript:window.__xss=1">verstuur</button>',
  '<input type="text" onfocus="window.__xss=1" autofocus>',
  '<input type="image" src="x" onerror="window.__xss=1">',
  '<details open ontoggle="window.__xss=1">x</details>',
  '<video><source onerror="window.__xss=1"></video>',
  '<audio src=x onerror=window.__xss=1>',
  '<marquee onstart="window.__xss=1">x</marquee>',
  '<table background="javascript:window.__xss=1"><tr><td>x</td></tr></table>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<!--<img src="--><img src=x onerror=window.__xss=1//">',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<<script>window.__xss=1;//<</script>',
  '<img """><script>window.__xss=1</script>">',
  '<span class="mention" data-user-id="x" onclick="window.__xss=1">@Valse vermelding</span>',
  '@[<img src=x onerror=window.__xss=1>](user:00000000-0000-0000-0000-000000000001)',
  '@["><script>window.__xss=1</script>](user:00000000-0000-0000-0000-000000000001)',
  '```html\n<script>window.__xss=1</script>\n```',
  '`<img src=x onerror=window.__xss=1>`',
  '> <img src=x onerror=window.__xss=1>',
  '| a | b |\n| - | - |\n| <img src=x onerror=window.__xss=1> | <script>window.__xss=1</script> |',
  '- [ ] <input type="checkbox" onclick="window.__xss=1">',
  '<a href="https://example.be" target="_blank" rel="opener">klik</a>',
  '<img src="https://example.be/a.png" srcset="javascript:window.__xss=1 1x">',
  '<template><img src=x onerror=window.__xss=1></template>',
  '<x-evil onclick="window.__xss=1">aangepast element</x-evil>',
];

const EVENT_ATTR = /^on/i;
const DANGEROUS_URL = /^\s*(javascript|vbscript|data):/i;
const FORBIDDEN_TAGS = ['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'svg', 'math', 'template', 'body', 'video', 'audio', 'details', 'button'];

/** Loads the HTML into a DOM that would run scripts, and lists everything in it that could. */
async function problems(html: string): Promise<string[]> {
  const dom = new JSDOM(`<!doctype html><html><body><main>${html}</main></body></html>`, { runScripts: 'dangerously' });
  await new Promise((r) => setTimeout(r, 0));
  const win = dom.window as unknown as { __xss?: number; document: Document };
  const found: string[] = [];
  if (win.__xss) found.push('a script ran');
  for (const el of Array.from(win.document.querySelectorAll('main *'))) {
    const tag = el.tagName.toLowerCase();
    if (FORBIDDEN_TAGS.includes(tag)) found.push(`<${tag}>`);
    for (const a of Array.from(el.attributes)) {
      if (EVENT_ATTR.test(a.name)) found.push(`${tag}[${a.name}]`);
      if (['href', 'src', 'xlink:href', 'action', 'formaction', 'background', 'srcset', 'srcdoc', 'style'].includes(a.name) && (DANGEROUS_URL.test(a.value) || a.name === 'style' || a.name === 'srcdoc' || a.name === 'srcset')) {
        found.push(`${tag}[${a.name}=${a.value}]`);
      }
    }
    if (tag === 'a' && el.getAttribute('rel') !== 'nofollow ugc noopener') found.push(`a without rel (${el.getAttribute('rel')})`);
    if (tag === 'a' && el.hasAttribute('target')) found.push('a[target]');
    if (tag === 'input' && (el.getAttribute('type') !== 'checkbox' || !el.hasAttribute('disabled'))) found.push('an editable input');
  }
  dom.window.close();
  return found;
}

describe('Markdown rendering', () => {
  it(`renders all ${PAYLOADS.length} XSS payloads inert`, async () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
    const failures: Record<string, string[]> = {};
    for (const p of PAYLOADS) {
      const found = await problems(renderMarkdown(p));
      if (found.length) failures[p] = found;
    }
    expect(failures).toEqual({});
  });

  it('the checker itself catches what it must (so the test above can fail)', async () => {
    expect(await problems('<img src=x onerror="window.__xss=1">')).toContain('img[onerror]');
    expect(await problems('<a href="javascript:void 0">x</a>')).toEqual(expect.arrayContaining([expect.stringMatching(/^a\[href=javascript/)]));
    expect(await problems('<script>window.__xss = 1</script>')).toContain('a script ran');
  });

  it('keeps ordinary GitHub-flavoured Markdown', () => {
    const html = renderMarkdown([
      '## Koppeling met de **burgerlijke stand**',
      '',
      'Zie [de handleiding](https://www.vlaanderen.be/digitaal-vlaanderen) en `MAGDA`.',
      '',
      '- [x] contract getekend',
      '- [ ] test in acceptatie',
      '',
      '| gemeente | status |',
      '| --- | --- |',
      '| Gent | live |',
      '',
      '```sql',
      'SELECT 1;',
      '```',
      '',
      '~~oud~~ nieuw',
    ].join('\n'));
    expect(html).toContain('<h2>Koppeling met de <strong>burgerlijke stand</strong></h2>');
    expect(html).toContain('<a href="https://www.vlaanderen.be/digitaal-vlaanderen" rel="nofollow ugc noopener">de handleiding</a>');
    expect(html).toContain('<code>MAGDA</code>');
    expect(html).toContain('<input type="checkbox" disabled checked />');
    expect(html).toContain('<td>Gent</td>');
    expect(html).toContain('<code class="language-sql">SELECT 1;');
    expect(html).toContain('<del>oud</del>');
  });

  it('renders a mention and lists who is mentioned', () => {
    const id = '2b0a7c9e-1f4d-4c1e-9a3b-5d6e7f8a9b0c';
    const src = `Dag @[Lotte Lid](user:${id}), kijk eens. Ook @[Lotte Lid](user:${id.toUpperCase()}).`;
    expect(renderMarkdown(src)).toContain(`<span class="mention" data-user-id="${id}">@Lotte Lid</span>`);
    expect(mentionedIds(src)).toEqual([id]);
    expect(mentionedIds('mail naar lotte@gemeente.be')).toEqual([]);
  });
});
