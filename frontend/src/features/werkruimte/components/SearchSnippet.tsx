import { parseSnippet } from '../lib/snippet';

/** The server's snippet as text, with the matches in <mark> (never inserted as HTML). */
export function SearchSnippet({ html }: { html: string }) {
  return (
    <p className="wr-snippet">
      {parseSnippet(html).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}
