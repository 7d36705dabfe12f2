import { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * Markdown rendered in the browser and sanitised with DOMPurify. The trajecten API returns Markdown
 * only (no server-rendered HTML), so this is used for update bodies, descriptions and editor previews.
 */
export function renderMarkdown(markdown: string, headingLevel = 3): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  const clean = DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['img', 'style', 'form', 'input'] });
  // The text's highest heading becomes `headingLevel`, so it fits under the page's own headings.
  const levels = [...clean.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
  if (levels.length === 0) return clean;
  const shift = headingLevel - Math.min(...levels);
  return clean.replace(/<(\/?)h([1-6])(\s|>)/g, (_m, slash: string, n: string, rest: string) => {
    const level = Math.max(1, Math.min(6, Number(n) + shift));
    return `<${slash}h${level}${rest}`;
  });
}

export interface MarkdownProps {
  source: string;
  className?: string;
  /** Level the text's highest heading becomes (default 3). */
  headingLevel?: number;
}

export function Markdown({ source, className, headingLevel = 3 }: MarkdownProps) {
  const html = useMemo(() => renderMarkdown(source, headingLevel), [source, headingLevel]);
  // Sanitised with DOMPurify right above.
  return <div className={['tj-markdown', className].filter(Boolean).join(' ')} dangerouslySetInnerHTML={{ __html: html }} />;
}
