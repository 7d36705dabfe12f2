import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BestuurQuery } from '../graphql/operations';
import { toApiError } from '../../../app/errors';
import { useFormatters } from '../../../app/format';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { NotFound } from '../../../ui/NotFound';

export function BestuurDetail({ nisCode }: { nisCode: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { data, loading, error, refetch } = useQuery(BestuurQuery, { variables: { nisCode } });
  const bestuur = data?.bestuur;
  useDocumentTitle(bestuur?.name ?? (loading ? undefined : t('notFound.title')));

  if (loading && !data) return <Loading />;
  if (error && !data) {
    if (toApiError(error).code === 'NOT_FOUND') return <NotFound />;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  if (!bestuur) return <NotFound />;

  return (
    <article>
      {bestuur.region && (
        <p className="breadcrumb">
          <Link to={`/regios/${bestuur.region.slug}`}>{bestuur.region.name}</Link>
        </p>
      )}
      <h1>{bestuur.name}</h1>
      <dl className="meta">
        {bestuur.nisCode && (
          <>
            <dt>{t('bestuur.nisCode')}</dt>
            <dd>{bestuur.nisCode}</dd>
          </>
        )}
        <dt>{t('regions.province')}</dt>
        <dd>{bestuur.province ?? '–'}</dd>
        <dt>{t('bestuur.arrondissement')}</dt>
        <dd>{bestuur.arrondissement ?? '–'}</dd>
        <dt>{t('regions.population')}</dt>
        <dd>{bestuur.population === null ? '–' : fmt.number(bestuur.population)}</dd>
        <dt>{t('bestuur.region')}</dt>
        <dd>
          {bestuur.region ? <Link to={`/regios/${bestuur.region.slug}`}>{bestuur.region.name}</Link> : t('bestuur.noRegion')}
        </dd>
      </dl>
    </article>
  );
}
