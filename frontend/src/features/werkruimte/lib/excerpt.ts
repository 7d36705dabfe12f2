/**
 * The text of server-rendered HTML (a post's bodyHtml), whitespace collapsed and cut at a word
 * near `max` characters. DOMParser builds an inert document: nothing in it loads or runs.
 */
export function excerptOf(html: string, max = 280): string {
  const text = (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
