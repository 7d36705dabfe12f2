import { useState } from 'react';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RegionChangedSubscription, RegionQuery } from '../graphql/operations';
import { RegionEditForm } from './RegionEditForm';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useFormatters } from '../../../app/format';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { Button } from '../../../ui/Button';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { NotFound } from '../../../ui/NotFound';

export function RegionDetail({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { isAdmin } = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(RegionQuery, { variables: { slug } });
  // Live updates: the payload is normalised into the cache, so the page re-renders by itself.
  useSubscription(RegionChangedSubscription, { variables: { slug } });
  const region = data?.region;
  useDocumentTitle(region?.name ?? (loading ? undefined : t('notFound.title')));

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!region) return <NotFound />;

  const besturen = [...region.besturen].sort((a, b) => a.name.localeCompare(b.name, 'nl-BE'));

  return (
    <article>
      <p className="breadcrumb">
        <Link to="/regios">{t('regions.back')}</Link>
      </p>
      <h1>{region.name}</h1>
      <p className="lead">{t('region.subtitle', { province: region.province })}</p>
      {editing ? (
        <RegionEditForm slug={region.slug} name={region.name} description={region.description} onDone={() => setEditing(false)} />
      ) : (
        <>
          {region.description && <p className="description">{region.description}</p>}
          {isAdmin && (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('regionEdit.open')}
            </Button>
          )}
        </>
      )}

      <dl className="meta meta--inline">
        <dt>{t('regions.municipalities')}</dt>
        <dd>{fmt.number(region.bestuurCount)}</dd>
        <dt>{t('regions.population')}</dt>
        <dd>{fmt.number(region.population)}</dd>
      </dl>

      <section aria-labelledby="coordinatoren">
        <h2 id="coordinatoren">{t('regions.coordinators')}</h2>
        {region.coordinators.length === 0 ? (
          <EmptyState>{t('regions.noCoordinators')}</EmptyState>
        ) : (
          <ul className="people">
            {region.coordinators.map((c) => (
              <li key={c.id}>
                <strong>{c.displayName}</strong>
                {c.jobTitle && <>, {c.jobTitle}</>}
                {c.bestuur && <> ({c.bestuur.name})</>}
                {c.email && (
                  <>
                    {' – '}
                    <a href={`mailto:${c.email}`}>{c.email}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="gemeenten">
        <h2 id="gemeenten">{t('region.municipalitiesTitle')}</h2>
        {besturen.length === 0 ? (
          <EmptyState>{t('region.noMunicipalities')}</EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('region.tableCaption', { name: region.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('region.municipality')}</th>
                  <th scope="col" className="num">
                    {t('regions.population')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {besturen.map((b) => (
                  <tr key={b.id}>
                    <th scope="row">
                      {b.nisCode ? <Link to={`/besturen/${b.nisCode}`}>{b.name}</Link> : b.name}
                    </th>
                    <td className="num">{fmt.number(b.population)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
