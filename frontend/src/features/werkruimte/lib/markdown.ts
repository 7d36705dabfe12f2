import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';

/**
 * The editor's preview only: what is stored and shown to others is rendered and sanitised by the
 * server (`bodyHtml`). Same Markdown dialect (GFM, line breaks, @mentions) and the same allow-list.
 */
const MENTION = /^@\[([^\]\n]{1,80})\]\(user:([0-9a-fA-F-]{36})\)/;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  extensions: [
    {
      name: 'mention',
      level: 'inline',
      start: (src: string) => {
        const i = src.indexOf('@[');
        return i < 0 ? undefined : i;
      },
      tokenizer(src: string) {
        const m = MENTION.exec(src);
        if (!m) return undefined;
        return { type: 'mention', raw: m[0], name: m[1], userId: m[2].toLowerCase() };
      },
      renderer(token: Tokens.Generic) {
        return `<span class="mention">@${escapeHtml(String(token.name))}</span>`;
      },
    },
  ],
});

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i',
  'del', 's', 'code', 'pre', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'input', 'sup', 'sub',
];
const ALLOWED_ATTR = ['href', 'title', 'src', 'alt', 'class', 'align', 'start', 'type', 'checked', 'disabled'];
// http(s) and mailto, or relative; never javascript:, data:, vbscript: or any other scheme.
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Markdown to inert HTML for the preview tab. */
export function renderMarkdownPreview(source: string): string {
  const raw = marked.parse(source) as string;
  const fragment = DOMPurify.sanitize(raw, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  fragment.querySelectorAll('a').forEach((a) => a.setAttribute('rel', 'nofollow ugc noopener'));
  fragment.querySelectorAll('img').forEach((img) => {
    const src = img.getAttribute('src') ?? '';
    if (!/^https?:/i.test(src)) img.removeAttribute('src');
    img.setAttribute('loading', 'lazy');
    img.setAttribute('referrerpolicy', 'no-referrer');
  });
  fragment.querySelectorAll('input').forEach((input) => {
    if (input.getAttribute('type') === 'checkbox') input.setAttribute('disabled', '');
    else input.remove();
  });
  fragment.querySelectorAll('[class]').forEach((el) => {
    const keep = el.tagName === 'SPAN' ? el.className === 'mention' : el.tagName === 'CODE' && /^language-[\w-]+$/.test(el.className);
    if (!keep) el.removeAttribute('class');
  });
  const holder = document.createElement('div');
  holder.appendChild(fragment);
  return holder.innerHTML;
}
