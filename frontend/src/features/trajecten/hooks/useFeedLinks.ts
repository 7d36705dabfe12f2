import { useEffect } from 'react';

export interface FeedLink {
  type: 'application/rss+xml' | 'application/atom+xml' | 'text/calendar';
  title: string;
  href: string;
}

/** Adds <link rel="alternate"> elements to document.head while the page is shown. */
export function useFeedLinks(links: readonly FeedLink[]): void {
  const key = JSON.stringify(links);
  useEffect(() => {
    const parsed = JSON.parse(key) as FeedLink[];
    const elements = parsed.map((link) => {
      const el = document.createElement('link');
      el.rel = 'alternate';
      el.type = link.type;
      el.title = link.title;
      el.href = link.href;
      el.dataset.trajectenFeed = '';
      document.head.appendChild(el);
      return el;
    });
    return () => {
      for (const el of elements) el.remove();
    };
  }, [key]);
}
