import { useEffect, useRef, useState } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { onRealtimeReconnect } from '../../../app/apollo';
import { toApiError } from '../../../app/errors';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'denied';

export interface ResumableOptions<TData, TVars extends { after?: string | null }, TEvent extends { position: string }> {
  query: TypedDocumentNode<TData, TVars>;
  /** Variables without `after`: the hook adds the last position it saw. */
  variables: Omit<TVars, 'after'>;
  pick: (data: TData) => TEvent | null | undefined;
  onEvent: (event: TEvent) => void;
  /** Called when events may have been missed (a restart before any position was known): refetch. */
  onGap?: () => void;
  skip?: boolean;
}

const DENIED = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'BAD_USER_INPUT']);
const MAX_BACKOFF_MS = 30_000;

const after = (a: string, b: string | null) => b === null || BigInt(a) > BigInt(b);

/**
 * A subscription that never loses an event: it remembers the position of the last event, and when
 * the WebSocket reconnects or the stream ends it subscribes again with `after` = that position.
 * The server replays what came after it; anything seen twice is dropped here.
 */
export function useResumableSubscription<TData, TVars extends { after?: string | null }, TEvent extends { position: string }>(
  options: ResumableOptions<TData, TVars, TEvent>,
): LiveStatus {
  const client = useApolloClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const latest = useRef(options);
  latest.current = options;
  const key = JSON.stringify(options.variables);
  const skip = options.skip ?? false;

  useEffect(() => {
    if (skip) return undefined;
    let position: string | null = null;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let subscription: { unsubscribe: () => void } | null = null;

    const start = () => {
      subscription?.unsubscribe();
      const variables = { ...(JSON.parse(key) as Omit<TVars, 'after'>), after: position } as unknown as TVars;
      let denied = false;
      subscription = client.subscribe<TData, TVars>({ query: latest.current.query, variables } as never).subscribe({
        next: (result) => {
          if (result.error) {
            denied = DENIED.has(toApiError(result.error).code);
            return;
          }
          const event = result.data ? latest.current.pick(result.data as TData) : null;
          if (!event) return;
          attempt = 0;
          setStatus('live');
          if (!after(event.position, position)) return;
          position = event.position;
          latest.current.onEvent(event);
        },
        error: () => schedule(false),
        complete: () => schedule(denied),
      });
      setStatus((s) => (s === 'reconnecting' ? s : 'live'));
    };

    const restart = () => {
      if (stopped) return;
      if (position === null) latest.current.onGap?.();
      start();
    };

    const schedule = (denied: boolean) => {
      if (stopped) return;
      if (denied) {
        setStatus('denied');
        return;
      }
      setStatus('reconnecting');
      const wait = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt) + Math.random() * 500;
      attempt += 1;
      clearTimeout(timer);
      timer = setTimeout(restart, wait);
    };

    const offReconnect = onRealtimeReconnect(() => {
      clearTimeout(timer);
      restart();
    });
    start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      offReconnect();
      subscription?.unsubscribe();
    };
  }, [client, key, skip]);

  return skip ? 'connecting' : status;
}
