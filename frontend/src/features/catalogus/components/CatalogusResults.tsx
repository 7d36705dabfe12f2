import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CatalogusSolutionsQuery, CatalogusVoorMijnBestuurQuery } from '../graphql/solutions';
import type { CatalogusFilters } from '../hooks/useCatalogusFilters';
import type { MyBestuur } from '../hooks/useMyBestuur';
import type { CatalogusFitFragment } from '../../../generated/graphql';
import { SolutionCard } from './SolutionCard';
import { FitExplanations, FitScore } from './FitExplanations';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadMore } from '../../../ui/Pagination';

const PAGE_SIZE = 20;
/** Sorted by fit with "past bij mijn bestuur": the ranking has no such filter, so a larger page is filtered here. */
const FIT_FILTER_PAGE_SIZE = 100;

export function fitsOrganisationally(fit: Pick<CatalogusFitFragment, 'organisational'>): boolean {
  return fit.organisational.sizeInRange && fit.organisational.prerequisites.every((p) => p.met);
}

function facetVariables(f: CatalogusFilters) {
  return {
    search: f.search.trim() || null,
    type: f.type.length ? f.type : null,
    domain: f.domain.length ? f.domain : null,
    maturity: f.maturity.length ? f.maturity : null,
    openSource: f.openSource ? true : null,
  };
}

export interface CatalogusResultsProps {
  filters: CatalogusFilters;
  bestuur: MyBestuur | null;
  onReset: () => void;
}

/** The solutions matching the filters: by name, or ranked by fit for the signed-in person's municipality. */
export function CatalogusResults({ filters, bestuur, onReset }: CatalogusResultsProps) {
  const byFit = filters.sort === 'passend' && !!bestuur;
  return byFit ? <RankedResults filters={filters} onReset={onReset} /> : <NamedResults filters={filters} bestuur={bestuur} onReset={onReset} />;
}

function NoResults({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyState>
      {t('catalogus.list.empty')}{' '}
      <button type="button" className="btn btn--link" onClick={onReset}>
        {t('catalogus.filters.resetAll')}
      </button>
    </EmptyState>
  );
}

function NamedResults({ filters, bestuur, onReset }: CatalogusResultsProps) {
  const { data, loading, error, refetch, fetchMore } = useQuery(CatalogusSolutionsQuery, {
    variables: { ...facetVariables(filters), first: PAGE_SIZE, fitsBestuur: filters.fits && bestuur ? bestuur.nisCode : null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.solutions;
  if (loading && !connection) return <Loading />;
  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return null;
  const solutions = connection.edges.map((e) => e.node);
  return (
    <>
      {solutions.length === 0 ? (
        <NoResults onReset={onReset} />
      ) : (
        <ul className="card-list">
          {solutions.map((s) => (
            <SolutionCard key={s.id} solution={s} />
          ))}
        </ul>
      )}
      <LoadMore
        shown={solutions.length}
        total={connection.totalCount}
        hasNextPage={connection.pageInfo.hasNextPage}
        loading={loading}
        onLoadMore={() =>
          void fetchMore({
            variables: { after: connection.pageInfo.endCursor },
            updateQuery: (prev, { fetchMoreResult }) => ({
              ...fetchMoreResult,
              solutions: { ...fetchMoreResult.solutions, edges: [...prev.solutions.edges, ...fetchMoreResult.solutions.edges] },
            }),
          })
        }
      />
    </>
  );
}

function RankedResults({ filters, onReset }: Omit<CatalogusResultsProps, 'bestuur'>) {
  const { t } = useTranslation();
  const clientFilter = filters.fits;
  const { data, loading, error, refetch, fetchMore } = useQuery(CatalogusVoorMijnBestuurQuery, {
    variables: { ...facetVariables(filters), first: clientFilter ? FIT_FILTER_PAGE_SIZE : PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.voorMijnBestuur;
  if (loading && !connection) return <Loading />;
  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return null;
  const fits = connection.edges.map((e) => e.node).filter((f) => !clientFilter || fitsOrganisationally(f));
  const total = clientFilter && !connection.pageInfo.hasNextPage ? fits.length : connection.totalCount;
  return (
    <>
      {fits.length === 0 ? (
        <NoResults onReset={onReset} />
      ) : (
        <ul className="card-list">
          {fits.map((fit) => (
            <SolutionCard key={fit.solution.id} solution={fit.solution}>
              <div className="solution-card__fit">
                <FitScore fit={fit} />
                {fit.adoptionStatus && (
                  <p className="adoption-status">
                    {t('catalogus.adoption.current', { status: t(`catalogus.status.${fit.adoptionStatus}`) })}
                  </p>
                )}
                <FitExplanations explanations={fit.explanations} />
              </div>
            </SolutionCard>
          ))}
        </ul>
      )}
      <LoadMore
        shown={fits.length}
        total={total}
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
