import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CatalogusVoorMijnBestuurQuery } from '../graphql/solutions';
import { useMyBestuur } from '../hooks/useMyBestuur';
import { FitCard } from './FitCard';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadMore } from '../../../ui/Pagination';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../styles';

const PAGE_SIZE = 10;

/** /voor-mijn-bestuur — solutions ranked by fit for the signed-in person's municipality, each explained. */
export function VoorMijnBestuur() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogus.mine.title'));
  const { bestuur } = useMyBestuur();

  return (
    <>
      <p className="breadcrumb">
        <Link to="/catalogus">{t('catalogus.detail.back')}</Link>
      </p>
      <h1>{t('catalogus.mine.title')}</h1>
      {bestuur ? (
        <>
          <p className="lead">{t('catalogus.mine.intro', { name: bestuur.name })}</p>
          <p>
            <Link to={`/besturen/${bestuur.nisCode}`}>{t('catalogus.mine.profileLink', { name: bestuur.name })}</Link>
          </p>
          <Recommendations />
        </>
      ) : (
        <p className="notice">
          {t('catalogus.mine.noMunicipality')} <Link to="/account">{t('catalogus.list.chooseBestuur')}</Link>
        </p>
      )}
    </>
  );
}

function Recommendations() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(CatalogusVoorMijnBestuurQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.voorMijnBestuur;
  if (loading && !connection) return <Loading />;
  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return null;
  const fits = connection.edges.map((e) => e.node);
  return (
    <>
      {fits.length === 0 ? (
        <EmptyState>{t('catalogus.mine.empty')}</EmptyState>
      ) : (
        <ol className="card-list fit-list" aria-label={t('catalogus.mine.listLabel')}>
          {fits.map((fit) => (
            <FitCard key={fit.solution.id} fit={fit} />
          ))}
        </ol>
      )}
      <LoadMore
        shown={fits.length}
        total={connection.totalCount}
        hasNextPage={connection.pageInfo.hasNextPage}
        loading={loading}
        onLoadMore={() =>
          void fetchMore({
            variables: { after: connection.pageInfo.endCursor },
            updateQuery: (prev, { fetchMoreResult }) => ({
              ...fetchMoreResult,
              voorMijnBestuur: {
                ...fetchMoreResult.voorMijnBestuur,
                edges: [...prev.voorMijnBestuur.edges, ...fetchMoreResult.voorMijnBestuur.edges],
              },
            }),
          })
        }
      />
    </>
  );
}
