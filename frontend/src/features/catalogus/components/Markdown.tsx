import { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

// Headings in a solution's description start at h3: the page has its own h1 and h2s.
const marked = new Marked({
  gfm: true,
  async: false,
  walkTokens(token) {
    if (token.type === 'heading') token.depth = Math.min(6, token.depth + 2);
  },
});

/**
 * Renders Markdown the API returns without an HTML version (a solution's long description):
 * parsed with marked and sanitised with DOMPurify before it reaches the DOM.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => DOMPurify.sanitize(marked.parse(source) as string), [source]);
  return <div className={['markdown', className].filter(Boolean).join(' ')} dangerouslySetInnerHTML={{ __html: html }} />;
}
