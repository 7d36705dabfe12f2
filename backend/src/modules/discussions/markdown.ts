import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Bumped whenever the rendering or the sanitising policy changes: stored HTML of an older version
 * is rendered again when read (see `currentHtml`), so a tightened policy applies to old posts too.
 */
export const HTML_VERSION = 1;

/** `@[Lotte Lid](user:<uuid>)`: what the editor's mention autocomplete inserts. */
const MENTION = /^@\[([^\]\n]{1,80})\]\(user:([0-9a-fA-F-]{36})\)/;
const MENTION_ANYWHERE = /@\[[^\]\n]{1,80}\]\(user:([0-9a-fA-F-]{36})\)/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

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
        if (!m || !UUID.test(m[2])) return undefined;
        return { type: 'mention', raw: m[0], name: m[1], userId: m[2].toLowerCase() };
      },
      renderer(token: Tokens.Generic) {
        return `<span class="mention" data-user-id="${escapeHtml(token.userId)}">@${escapeHtml(token.name)}</span>`;
      },
    },
  ],
});

const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i',
    'del', 's', 'code', 'pre', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'input', 'sup', 'sub',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    span: ['class', 'data-user-id'],
    code: ['class'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
    input: ['type', 'checked', 'disabled'],
  },
  allowedClasses: { code: ['language-*'], span: ['mention'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https', 'http'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // Links from members are user-generated content: search engines must not follow them and the
    // opened page gets no handle on ours.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener' } }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy', referrerpolicy: 'no-referrer' } }),
    // Only GFM task-list boxes, and never editable.
    input: (_tagName, attribs) =>
      attribs.type === 'checkbox'
        ? { tagName: 'input', attribs: { type: 'checkbox', disabled: '', ...('checked' in attribs ? { checked: '' } : {}) } }
        : { tagName: 'span', attribs: {} },
  },
};
// sanitize-html checks attributes after transformTags, so the attributes the transforms add must be allowed.
(POLICY.allowedAttributes as Record<string, string[]>).a.push('rel');
(POLICY.allowedAttributes as Record<string, string[]>).img.push('loading', 'referrerpolicy');

/** Markdown (GFM) to HTML that is safe to insert into the page as it is. */
export function renderMarkdown(source: string): string {
  const raw = marked.parse(source) as string;
  return sanitizeHtml(raw, POLICY).trim();
}

/** The stored HTML, or a fresh rendering when it was made under an older policy. */
export function currentHtml(row: { body: string; bodyHtml: string; htmlVersion: number }): string {
  return row.htmlVersion === HTML_VERSION ? row.bodyHtml : renderMarkdown(row.body);
}

/** The ids of the people mentioned with `@[name](user:<uuid>)`, each once, lower-case. */
export function mentionedIds(source: string): string[] {
  const ids = new Set<string>();
  for (const m of source.matchAll(MENTION_ANYWHERE)) if (UUID.test(m[1])) ids.add(m[1].toLowerCase());
  return [...ids];
}
