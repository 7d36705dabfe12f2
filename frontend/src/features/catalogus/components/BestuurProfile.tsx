import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CatalogusBestuurProfileQuery } from '../graphql/profile';
import { canEditBestuur, useMyBestuur } from '../hooks/useMyBestuur';
import { useDayFormat } from '../hooks/useDayFormat';
import { IndicatorComparison, IndicatorTable } from './IndicatorComparison';
import { Capabilities } from './CapabilitiesEditor';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { toApiError } from '../../../app/errors';
import '../styles';

/**
 * The bestuur profile on /besturen/:nisCode: indicators with source and year, compared with the
 * region and Flanders; capabilities (editable by its members); the solutions it uses.
 * Renders nothing for an unknown NIS code (the page itself shows "not found").
 */
export function BestuurProfile({ nisCode }: { nisCode: string }) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const { user } = useMyBestuur();
  const { data, loading, error, refetch } = useQuery(CatalogusBestuurProfileQuery, { variables: { nisCode } });
  if (loading && !data) return <Loading label={t('catalogus.profile.loading')} />;
  if (error && !data) {
    if (toApiError(error).code === 'NOT_FOUND') return null;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  const bestuur = data?.bestuur;
  if (!bestuur || bestuur.kind !== 'MUNICIPALITY') return null;
  const { profile } = bestuur;
  const regionName = bestuur.region?.name ?? null;
  const canEdit = canEditBestuur(user, nisCode, bestuur.region?.slug);

  return (
    <div className="bestuur-profile">
      <section aria-labelledby="kerncijfers">
        <h2 id="kerncijfers">{t('catalogus.profile.indicatorsTitle')}</h2>
        {profile.indicators.length === 0 ? (
          <EmptyState>{t('catalogus.profile.noIndicators')}</EmptyState>
        ) : (
          <>
            <p>{t('catalogus.profile.indicatorsIntro', { name: bestuur.name })}</p>
            {profile.indicators.some((r) => r.latest.isDemo) && <p className="notice">{t('catalogus.profile.demoNotice')}</p>}
            <IndicatorComparison readings={profile.indicators} bestuurName={bestuur.name} regionName={regionName} />
            <IndicatorTable readings={profile.indicators} bestuurName={bestuur.name} regionName={regionName} />
          </>
        )}
      </section>

      <section aria-labelledby="voorzieningen">
        <h2 id="voorzieningen">{t('catalogus.profile.capabilitiesTitle')}</h2>
        <Capabilities
          nisCode={nisCode}
          bestuurName={bestuur.name}
          vocabulary={data.capabilities}
          present={profile.capabilities}
          canEdit={canEdit}
        />
      </section>

      <section aria-labelledby="oplossingen">
        <h2 id="oplossingen">{t('catalogus.profile.solutionsTitle')}</h2>
        {profile.adoptions.length === 0 ? (
          <EmptyState>{t('catalogus.profile.noSolutions', { name: bestuur.name })}</EmptyState>
        ) : (
          <ul className="plain-list">
            {profile.adoptions.map((a) => (
              <li key={a.id}>
                <Link to={`/catalogus/${a.solution.slug}`}>{a.solution.name}</Link> – <strong>{t(`catalogus.status.${a.status}`)}</strong>
                {a.startDate && <> {t('catalogus.adopters.since', { date: day(a.startDate) })}</>}
                {a.endDate && <> {t('catalogus.adopters.until', { date: day(a.endDate) })}</>}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/catalogus">{t('catalogus.profile.toCatalogue')}</Link>
        </p>
      </section>
    </div>
  );
}
