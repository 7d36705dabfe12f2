import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TrajectSubscribersQuery } from '../graphql/manage';
import { useFormatters } from '../../../app/format';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadMore } from '../../../ui/Pagination';

const PAGE = 50;

export interface SubscribersPanelProps {
  trajectId: string;
  slug: string;
  participantCount: number;
  followerCount: number;
  pendingRequestCount: number;
}

/** Who subscribed (the team sees the list) and the CSV export of it. */
export function SubscribersPanel({ trajectId, slug, participantCount, followerCount, pendingRequestCount }: SubscribersPanelProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { data, loading, error, refetch, fetchMore } = useQuery(TrajectSubscribersQuery, {
    variables: { trajectId, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.trajectSubscribers;
  const subscribers = connection?.edges.map((edge) => edge.node) ?? [];

  function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        trajectSubscribers: {
          ...fetchMoreResult.trajectSubscribers,
          edges: [...previous.trajectSubscribers.edges, ...fetchMoreResult.trajectSubscribers.edges],
        },
      }),
    });
  }

  return (
    <>
      <dl className="meta meta--inline">
        <dt>{t('trajecten.subscribers.participants')}</dt>
        <dd>{fmt.number(participantCount)}</dd>
        <dt>{t('trajecten.subscribers.followers')}</dt>
        <dd>{fmt.number(followerCount)}</dd>
        <dt>{t('trajecten.subscribers.pending')}</dt>
        <dd>{fmt.number(pendingRequestCount)}</dd>
      </dl>
      <p>
        <a className="btn btn--secondary" href={`/exports/trajecten/${slug}/deelnemers.csv`} download>
          {t('trajecten.subscribers.export')}
        </a>
      </p>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : subscribers.length === 0 ? (
        <EmptyState>{t('trajecten.subscribers.empty')}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table tj-subscribers">
            <caption className="visually-hidden">{t('trajecten.subscribers.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trajecten.subscribers.name')}</th>
                <th scope="col">{t('trajecten.subscribers.bestuur')}</th>
                <th scope="col">{t('trajecten.subscribers.level')}</th>
                <th scope="col">{t('trajecten.subscribers.since')}</th>
              </tr>
            </thead>
            <tbody>
              {subscribers.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.user.displayName}</th>
                  <td>{(s.bestuur ?? s.user.bestuur)?.name ?? '–'}</td>
                  <td>
                    {t(`trajecten.level.${s.level}`)}
                    {s.requestStatus && <> ({t(`trajecten.requestStatus.${s.requestStatus}`)})</>}
                  </td>
                  <td>{fmt.date(s.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {connection && connection.totalCount > PAGE && (
        <LoadMore
          shown={subscribers.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loading={loading}
          onLoadMore={loadMore}
        />
      )}
    </>
  );
}
