import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SpaceActivitySubscription, ThreadsQuery } from '../graphql/operations';
import type { WerkruimteSpaceActivitySubscription } from '../../../generated/graphql';
import { useResumableSubscription } from '../hooks/useResumableSubscription';
import type { ThreadFilters } from '../hooks/useThreadListParams';
import { ThreadListItem } from './ThreadListItem';
import { FollowButton } from '../../meldingen';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadMore } from '../../../ui/Pagination';

export const PAGE_SIZE = 20;
/** Several events in a row (a busy discussion) lead to one refresh. */
const REFRESH_DELAY_MS = 400;

type SpaceEvent = WerkruimteSpaceActivitySubscription['spaceActivity'];
const LIST_EVENTS = new Set<SpaceEvent['type']>([
  'THREAD_CREATED', 'THREAD_MOVED', 'THREAD_EDITED', 'THREAD_PINNED', 'THREAD_UNPINNED', 'THREAD_LOCKED', 'THREAD_UNLOCKED',
  'THREAD_CLOSED', 'THREAD_REOPENED', 'COMMENT_ADDED', 'COMMENT_DELETED', 'ANSWER_ACCEPTED', 'ANSWER_UNACCEPTED',
]);

export interface ThreadListProps {
  space: { id: string; name: string };
  filters: ThreadFilters;
}

/**
 * The threads of one space, pinned first, with "Meer laden". Live: what happens in the space
 * (spaceActivity) refreshes the part of the list that is shown, and new threads are announced.
 */
export function ThreadList({ space, filters }: ThreadListProps) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const [announcement, setAnnouncement] = useState('');
  const variables = { spaceId: space.id, ...filters, first: PAGE_SIZE };
  // Unread counts and reply counts change while one reads threads: show the cache, then refresh it.
  const { data, loading, error, refetch, fetchMore } = useQuery(ThreadsQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.threads;
  const threads = connection?.edges.map((e) => e.node) ?? [];
  const shown = useRef(PAGE_SIZE);
  shown.current = Math.max(PAGE_SIZE, threads.length);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      // Re-read as many threads as are shown now, so "Meer laden" pages are kept.
      void refetch({ first: Math.min(100, shown.current) }).catch(() => undefined);
    }, REFRESH_DELAY_MS);
  }, [refetch]);
  useEffect(() => () => clearTimeout(timer.current), []);

  useResumableSubscription({
    query: SpaceActivitySubscription,
    variables: { spaceId: space.id },
    pick: (d) => d.spaceActivity,
    onGap: refresh,
    onEvent: (event: SpaceEvent) => {
      if (!LIST_EVENTS.has(event.type)) return;
      if (event.type === 'THREAD_CREATED' && event.thread && event.actor?.id !== user?.id) {
        setAnnouncement(t('werkruimte.list.liveNew', { title: event.thread.title }));
      }
      refresh();
    },
  });

  const filtered = Boolean(filters.kind || filters.status || filters.tag || filters.mine || filters.unread);

  return (
    <section aria-labelledby="onderwerpen" className="wr-list">
      <h2 id="onderwerpen">{t('werkruimte.list.heading', { space: space.name })}</h2>
      <FollowButton targetType="SPACE" targetId={space.id} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {loading && !data && <Loading />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && threads.length === 0 && (
        <EmptyState>{filtered ? t('werkruimte.list.emptyFiltered') : t('werkruimte.list.empty')}</EmptyState>
      )}
      {threads.length > 0 && (
        <ul className="wr-threads">
          {threads.map((thread) => (
            <ThreadListItem key={thread.id} thread={thread} />
          ))}
        </ul>
      )}
      {connection && threads.length > 0 && (
        <LoadMore
          shown={threads.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loading={loading}
          onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        />
      )}
    </section>
  );
}
