import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import type { NotificationFieldsFragment } from '../../../generated/graphql';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation } from '../graphql/operations';
import { adjustUnreadCount, countTakenSince } from './useUnreadCount';

/** Mark one or all notifications read; the cache (list and bell) follows at once. */
export function useMarkRead() {
  const [markOne] = useMutation(MarkNotificationReadMutation);
  const [markAll, markAllState] = useMutation(MarkAllNotificationsReadMutation);

  const markRead = useCallback(
    async (notification: Pick<NotificationFieldsFragment, 'id' | 'read'>) => {
      if (notification.read) return;
      await markOne({
        variables: { input: { id: notification.id } },
        optimisticResponse: {
          markNotificationRead: {
            __typename: 'Notification',
            id: notification.id,
            read: true,
            readAt: new Date().toISOString(),
          },
        },
        // Runs on the optimistic layer first (thrown away afterwards), then once for the answer. The
        // server pushes the new count right after its commit, often before this answer arrives: a count
        // taken after the read already leaves it out, and must not lose one more.
        update(cache, { data }) {
          const readAt = Date.parse(data?.markNotificationRead.readAt ?? '');
          if (Number.isFinite(readAt) && countTakenSince(readAt)) return;
          adjustUnreadCount(cache, (n) => n - 1);
        },
      });
    },
    [markOne],
  );

  const markAllRead = useCallback(
    async (loaded: ReadonlyArray<Pick<NotificationFieldsFragment, 'id' | 'read'>>) => {
      await markAll({
        update(cache) {
          const now = new Date().toISOString();
          for (const n of loaded) {
            if (n.read) continue;
            cache.modify({
              id: cache.identify({ __typename: 'Notification', id: n.id }),
              fields: { read: () => true, readAt: () => now },
            });
          }
          adjustUnreadCount(cache, () => 0);
        },
      });
    },
    [markAll],
  );

  return { markRead, markAllRead, markingAll: markAllState.loading };
}
