import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ProgressUpdatesQuery } from '../graphql/operations';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadMore } from '../../../ui/Pagination';
import { UpdateItem } from './UpdateItem';

export const UPDATES_PAGE_SIZE = 10;

/** The cache entry live updates are added to; keep in step with the query below. */
export function updatesVariables(trajectId: string) {
  return { trajectId, first: UPDATES_PAGE_SIZE };
}

/** Published voortgangsberichten, newest first; new ones arrive live (see useTrajectLive). */
export function UpdatesTimeline({ trajectId, freshIds }: { trajectId: string; freshIds: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, loading, error, refetch, fetchMore } = useQuery(ProgressUpdatesQuery, {
    variables: updatesVariables(trajectId),
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.progressUpdates;
  const updates = connection?.edges.map((edge) => edge.node) ?? [];

  // Links from the feeds point at #update-<id>: bring that update into view once it is there.
  const hash = location.hash;
  const loaded = updates.length > 0;
  useEffect(() => {
    if (!loaded || !hash.startsWith('#update-')) return;
    document.getElementById(hash.slice(1))?.scrollIntoView?.({ block: 'start' });
  }, [hash, loaded]);

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection || updates.length === 0) return <EmptyState>{t('trajecten.updates.empty')}</EmptyState>;

  function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        progressUpdates: {
          ...fetchMoreResult.progressUpdates,
          edges: [...previous.progressUpdates.edges, ...fetchMoreResult.progressUpdates.edges],
        },
      }),
    });
  }

  return (
    <>
      <ol className="tj-timeline" aria-label={t('trajecten.updates.listLabel')}>
        {updates.map((update) => (
          <UpdateItem key={update.id} update={update} fresh={freshIds.has(update.id)} />
        ))}
      </ol>
      {connection.totalCount > UPDATES_PAGE_SIZE && (
        <LoadMore
          shown={updates.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loading={loading}
          onLoadMore={loadMore}
        />
      )}
    </>
  );
}
