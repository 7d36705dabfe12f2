import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CatalogusAdoptionGridQuery } from '../graphql/adoption';
import type { AdoptionStatus } from '../../../generated/graphql';
import { STATUSES } from '../vocabulary';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { Alert } from '../../../ui/Alert';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../styles';

/** /regios/:slug/adoptie — the coordinators' grid: the region's besturen × the solutions any of them has a status for. */
export function AdoptionGrid({ regionSlug }: { regionSlug: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(CatalogusAdoptionGridQuery, {
    variables: { regionSlug },
    fetchPolicy: 'cache-and-network',
  });
  const grid = data?.adoptionGrid;
  const apiError = error ? toApiError(error) : null;
  useDocumentTitle(grid ? t('catalogus.grid.title', { region: grid.region.name }) : loading ? undefined : t('catalogus.grid.titlePlain'));

  if (loading && !grid) return <Loading />;
  if (apiError?.code === 'NOT_FOUND' && !grid) return <NotFound />;
  if (apiError?.code === 'FORBIDDEN' && !grid) {
    return (
      <>
        <h1>{t('catalogus.grid.titlePlain')}</h1>
        <Alert variant="error" title={t('noAccess.title')}>
          <p>{errorMessage(apiError)}</p>
        </Alert>
      </>
    );
  }
  if (error && !grid) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!grid) return null;

  const cells = new Map<string, { status: AdoptionStatus; startDate: string | null }>();
  for (const c of grid.cells) cells.set(`${c.bestuur.id}|${c.solution.id}`, { status: c.status, startDate: c.startDate });
  const counts = new Map<AdoptionStatus, number>();
  for (const c of grid.cells) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/regios/${grid.region.slug}`}>{grid.region.name}</Link>
      </p>
      <h1>{t('catalogus.grid.title', { region: grid.region.name })}</h1>
      <p className="lead">{t('catalogus.grid.intro')}</p>
      {grid.solutions.length === 0 ? (
        <EmptyState>{t('catalogus.grid.empty')}</EmptyState>
      ) : (
        <>
          <ul className="chips grid-totals" aria-label={t('catalogus.grid.totals')}>
            {STATUSES.map((s) => (
              <li key={s}>
                {t(`catalogus.status.${s}`)}: <strong>{counts.get(s) ?? 0}</strong>
              </li>
            ))}
          </ul>
          <div className="table-wrap adoption-grid-wrap" role="region" aria-labelledby="adoptie-grid" tabIndex={0}>
            <table className="table adoption-grid">
              <caption id="adoptie-grid">
                {t('catalogus.grid.caption', { region: grid.region.name, besturen: grid.besturen.length, solutions: grid.solutions.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('catalogus.grid.bestuur')}</th>
                  {grid.solutions.map((s) => (
                    <th key={s.id} scope="col">
                      <Link to={`/catalogus/${s.slug}`}>{s.name}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.besturen.map((b) => (
                  <tr key={b.id}>
                    <th scope="row">{b.nisCode ? <Link to={`/besturen/${b.nisCode}`}>{b.name}</Link> : b.name}</th>
                    {grid.solutions.map((s) => {
                      const cell = cells.get(`${b.id}|${s.id}`);
                      return (
                        <td key={s.id}>
                          {cell ? (
                            <span className={`status-cell status-cell--${cell.status.toLowerCase()}`}>{t(`catalogus.status.${cell.status}`)}</span>
                          ) : (
                            <>
                              <span aria-hidden="true">–</span>
                              <span className="visually-hidden">{t('catalogus.grid.none')}</span>
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
