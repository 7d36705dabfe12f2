import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How many further pages of comments a link may load to reach its comment (50 each). */
export const MAX_PAGES_FOR_LINK = 20;

export interface MoreComments {
  hasNext: boolean;
  loading: boolean;
  load: () => void;
}

/**
 * Links to one comment (#bericht-<id>, from notifications, search and the moderation queue) arrive
 * before the comments are rendered, so the browser cannot jump there itself: once they are, we do,
 * once. A comment further down a long thread is on a later page: those are loaded, one after the
 * other, until it is there (at most MAX_PAGES_FOR_LINK pages).
 */
export function useScrollToComment(rendered: boolean, more?: MoreComments) {
  const { hash } = useLocation();
  const done = useRef<string | null>(null);
  const pages = useRef(0);
  useEffect(() => {
    pages.current = 0;
  }, [hash]);
  useEffect(() => {
    if (!rendered || !hash.startsWith('#bericht-') || done.current === hash) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) {
      if (more?.hasNext && !more.loading && pages.current < MAX_PAGES_FOR_LINK) {
        pages.current++;
        more.load();
      }
      return;
    }
    done.current = hash;
    el.scrollIntoView?.({ block: 'start' });
    el.focus({ preventScroll: true });
  });
}
