/**
 * The ONE place where HTML is inserted: only for `bodyHtml` fields and `markdownPreview`, which the
 * server rendered from Markdown and sanitised with an allow-list (links get rel="nofollow ugc noopener").
 */
export function ServerHtml({ html, className = 'markdown' }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
