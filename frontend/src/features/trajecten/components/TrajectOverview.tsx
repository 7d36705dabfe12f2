import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TrajectenQuery } from '../graphql/operations';
import { PHASES, PILLARS, STATUSES, isEnumValue } from '../labels';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useFormatters } from '../../../app/format';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadMore } from '../../../ui/Pagination';
import { TrajectCard } from './TrajectCard';
import { TrajectFilters, type TrajectFilterValues } from './TrajectFilters';

export const TRAJECTEN_PAGE_SIZE = 24;

/** The filters live in the address (?fase=…&pijler=…&status=…&mijn=1), so a filtered view can be shared. */
function useFilterParams(): [TrajectFilterValues, (values: TrajectFilterValues) => void] {
  const [params, setParams] = useSearchParams();
  const phase = params.get('fase');
  const pillar = params.get('pijler');
  const status = params.get('status');
  const values: TrajectFilterValues = {
    phase: isEnumValue(PHASES, phase) ? phase : null,
    pillar: isEnumValue(PILLARS, pillar) ? pillar : null,
    status: isEnumValue(STATUSES, status) ? status : null,
    mine: params.get('mijn') === '1',
  };
  const update = (next: TrajectFilterValues) => {
    const out = new URLSearchParams();
    if (next.phase) out.set('fase', next.phase);
    if (next.pillar) out.set('pijler', next.pillar);
    if (next.status) out.set('status', next.status);
    if (next.mine) out.set('mijn', '1');
    setParams(out, { replace: true });
  };
  return [values, update];
}

/** Cards of all trajecten the viewer may see, with filters and "mijn trajecten". */
export function TrajectOverview() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { user, loading: userLoading } = useCurrentUser();
  const [filters, setFilters] = useFilterParams();
  const mine = !!user && filters.mine;
  const variables = {
    first: TRAJECTEN_PAGE_SIZE,
    ...(filters.phase ? { phase: filters.phase } : {}),
    ...(filters.pillar ? { pillar: filters.pillar } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(mine ? { mine: true } : {}),
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(TrajectenQuery, {
    variables,
    skip: userLoading && filters.mine,
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.trajecten;
  const trajecten = connection?.edges.map((edge) => edge.node) ?? [];

  function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        trajecten: {
          ...fetchMoreResult.trajecten,
          edges: [...previous.trajecten.edges, ...fetchMoreResult.trajecten.edges],
        },
      }),
    });
  }

  return (
    <>
      <TrajectFilters values={filters} onChange={setFilters} showMine={!!user} />
      <p className="tj-result-count" role="status">
        {connection && !loading ? t('trajecten.overview.found', { count: connection.totalCount, formatted: fmt.number(connection.totalCount) }) : ''}
      </p>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : trajecten.length === 0 ? (
        <EmptyState>{mine ? t('trajecten.overview.emptyMine') : t('trajecten.overview.empty')}</EmptyState>
      ) : (
        <>
          <ul className="card-grid tj-card-grid">
            {trajecten.map((traject) => (
              <TrajectCard key={traject.id} traject={traject} />
            ))}
          </ul>
          {connection && connection.totalCount > trajecten.length && (
            <LoadMore
              shown={trajecten.length}
              total={connection.totalCount}
              hasNextPage={connection.pageInfo.hasNextPage}
              loading={loading}
              onLoadMore={loadMore}
            />
          )}
        </>
      )}
    </>
  );
}
