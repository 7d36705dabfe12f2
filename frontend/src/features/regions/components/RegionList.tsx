import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RegionsQuery } from '../graphql/operations';
import { useFormatters } from '../../../app/format';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';

/** The 15 regional knowledge circles as cards. */
export function RegionList() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { data, loading, error, refetch } = useQuery(RegionsQuery);

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const regions = [...(data?.regions ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl-BE'));
  if (regions.length === 0) return <EmptyState>{t('regions.empty')}</EmptyState>;

  return (
    <ul className="card-grid">
      {regions.map((region) => (
        <li key={region.id} className="card region-card">
          <h2 className="card__title">
            <Link to={`/regios/${region.slug}`}>{region.name}</Link>
          </h2>
          <dl className="meta">
            <dt>{t('regions.province')}</dt>
            <dd>{region.province}</dd>
            <dt>{t('regions.municipalities')}</dt>
            <dd>{fmt.number(region.bestuurCount)}</dd>
            <dt>{t('regions.population')}</dt>
            <dd>{fmt.number(region.population)}</dd>
            <dt>{t('regions.coordinators')}</dt>
            <dd>
              {region.coordinators.length > 0
                ? region.coordinators.map((c) => c.displayName).join(', ')
                : t('regions.noCoordinators')}
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
