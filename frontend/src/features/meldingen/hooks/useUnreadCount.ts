import { useCallback, useRef } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useSocketConnect, useSocketEvent } from '../../../app/sessionSocket';
import { COUNT_EVENT, SYNC_EVENT, UnreadNotificationCountQuery } from '../graphql/operations';

/** When the server took the newest count the bell has applied (ms, the server's clock); 0 before any. */
let appliedAt = 0;

/** Whether the bell shows a count the server took at or after `ms` (its clock), which then includes what happened before. */
export function countTakenSince(ms: number): boolean {
  return appliedAt >= ms;
}

interface CountMessage {
  count: number;
  /** When the server took the count (ms); a push taken before the last one applied is out of date. */
  at?: number;
}

/**
 * The number of unread notifications, kept in the Apollo cache: loaded once over GraphQL, then
 * pushed by the server over the session socket (`notifications:count`). On every (re)connect the
 * bell asks again (`notifications:sync`), so the count is right after the connection was lost.
 * Pushes can overtake each other (one taken just before "mark read" committed may arrive after the
 * one taken just after it): a push taken earlier than the last one applied is dropped.
 */
export function useUnreadCount(): number | null {
  const client = useApolloClient();
  const { data } = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-and-network' });
  const latest = useRef(0);

  const store = useCallback(
    (message: CountMessage | undefined) => {
      const count = Number(message?.count);
      if (!Number.isInteger(count) || count < 0) return;
      const at = Number(message?.at);
      if (Number.isFinite(at)) {
        if (at < latest.current) return;
        latest.current = at;
        appliedAt = Math.max(appliedAt, at);
      }
      client.cache.writeQuery({ query: UnreadNotificationCountQuery, data: { unreadNotificationCount: count } });
    },
    [client],
  );

  useSocketEvent<CountMessage>(COUNT_EVENT, store);
  useSocketConnect((socket) => {
    socket.emit(SYNC_EVENT);
  });

  return data?.unreadNotificationCount ?? null;
}

/** Adjusts the cached count right away (the server's push follows and wins). */
export function adjustUnreadCount(cache: ApolloCache, change: (count: number) => number): void {
  cache.modify({
    fields: {
      unreadNotificationCount: (value: unknown) => (typeof value === 'number' ? Math.max(0, change(value)) : value),
    },
  });
}
