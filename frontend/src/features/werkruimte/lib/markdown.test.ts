import { describe, expect, it } from 'vitest';
import { renderMarkdownPreview } from './markdown';
import { parseSnippet } from './snippet';
import { parseTags } from './tags';

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror="window.__xss=1">',
  '<img src="x" onerror=window.__xss=1 />',
  '<IMG SRC="javascript:window.__xss=1">',
  '<img src=javascript:window.__xss=1>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<img """><script>window.__xss=1</script>">',
  '<svg onload=window.__xss=1>',
  '<svg><script>window.__xss=1</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">klik</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<body onload=window.__xss=1>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">klik</a>',
  '<a href="JaVaScRiPt:alert(1)">klik</a>',
  '<a href="  javascript:alert(1)">klik</a>',
  '<a href="java&#x09;script:alert(1)">klik</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">klik</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
  '<a href="vbscript:msgbox(1)">klik</a>',
  '<a href="#" onclick="window.__xss=1">klik</a>',
  '<a href="https://ok.example" onmouseover="window.__xss=1">klik</a>',
  '[klik](javascript:alert(1))',
  '[klik](JAVASCRIPT:alert(1))',
  '[klik](javascript&#58;alert(1))',
  '[klik](data:text/html,<script>alert(1)</script>)',
  '[klik](vbscript:msgbox(1))',
  '[klik]( javascript:alert(1) )',
  '[klik](<javascript:alert(1)>)',
  '![plaatje](javascript:alert(1))',
  '![plaatje](data:image/png;base64,iVBORw0KGgo=)',
  '![x](https://ok.example/a.png"onerror="alert(1))',
  '[ref]: javascript:alert(1)\n\n[klik][ref]',
  '<javascript:alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="behavior:url(x.htc)">x</p>',
  '<style>body{background:red}</style>',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<input onfocus=window.__xss=1 autofocus>',
  '<details open ontoggle=window.__xss=1>',
  '<video><source onerror="window.__xss=1"></video>',
  '<audio src=x onerror=window.__xss=1>',
  '<marquee onstart=window.__xss=1>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '<span class="mention" onclick="alert(1)">@iemand</span>',
  '@[<img src=x onerror=alert(1)>](user:00000000-0000-0000-0000-000000000001)',
  '- [ ] <input type="text" onfocus="alert(1)">',
];

function inspect(html: string) {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const problems: string[] = [];
  holder.querySelectorAll('script, iframe, object, embed, svg, math, style, link, meta, base, form, template, video, audio, body').forEach((el) =>
    problems.push(`<${el.tagName.toLowerCase()}>`),
  );
  holder.querySelectorAll('*').forEach((el) => {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || attr.name === 'style' || attr.name === 'srcdoc') problems.push(`${el.tagName}[${attr.name}]`);
      if (['href', 'src', 'action', 'background', 'xlink:href'].includes(attr.name) && !/^(https?:|mailto:|#|\/)/i.test(attr.value.trim())) {
        problems.push(`${el.tagName}[${attr.name}=${attr.value}]`);
      }
    }
    if (el.tagName === 'INPUT' && (el.getAttribute('type') !== 'checkbox' || !el.hasAttribute('disabled'))) problems.push('live input');
  });
  holder.querySelectorAll('a').forEach((a) => {
    if (a.getAttribute('rel') !== 'nofollow ugc noopener') problems.push('a without rel');
  });
  return problems;
}

describe('renderMarkdownPreview', () => {
  it.each(PAYLOADS)('renders %j inert', (payload) => {
    const html = renderMarkdownPreview(`Tekst ervoor\n\n${payload}\n\nTekst erna`);
    expect(inspect(html)).toEqual([]);
    const holder = document.createElement('div');
    holder.innerHTML = html;
    document.body.appendChild(holder);
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
    holder.remove();
  });

  it('has at least 50 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it('renders GFM, safe links and mentions', () => {
    const html = renderMarkdownPreview(
      '**vet** en *schuin*\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[VVSG](https://www.vvsg.be) en @[Sofie Verbeke](user:0b6b3f8e-6a52-4b69-9d0e-1f4d7c2a9e11)',
    );
    const holder = document.createElement('div');
    holder.innerHTML = html;
    expect(holder.querySelector('strong')?.textContent).toBe('vet');
    expect(holder.querySelector('table td')?.textContent).toBe('1');
    const link = holder.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.vvsg.be');
    expect(link?.getAttribute('rel')).toBe('nofollow ugc noopener');
    expect(holder.querySelector('span.mention')?.textContent).toBe('@Sofie Verbeke');
  });
});

describe('parseSnippet', () => {
  it('keeps only the <mark> highlights and shows everything else as text', () => {
    const parts = parseSnippet('De <mark>aangifte</mark> van &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>overlijden</mark>');
    expect(parts).toEqual([
      { text: 'De ', marked: false },
      { text: 'aangifte', marked: true },
      { text: ' van <script>alert(1)</script> & ', marked: false },
      { text: 'overlijden', marked: true },
    ]);
  });
});

describe('parseTags', () => {
  it('trims, lower-cases and removes duplicates', () => {
    expect(parseTags(' MAGDA, ocmw ,magda,, Burgerlijke stand ')).toEqual(['magda', 'ocmw', 'burgerlijke stand']);
  });
});
