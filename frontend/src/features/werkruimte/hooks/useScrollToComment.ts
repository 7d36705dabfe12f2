import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Links to one comment (#bericht-<id>, from notifications and the moderation queue) arrive before
 * the comments are rendered, so the browser cannot jump there itself: once they are, we do, once.
 */
export function useScrollToComment(rendered: boolean) {
  const { hash } = useLocation();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!rendered || !hash.startsWith('#bericht-') || done.current === hash) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return;
    done.current = hash;
    el.scrollIntoView?.({ block: 'start' });
    el.focus({ preventScroll: true });
  });
}
