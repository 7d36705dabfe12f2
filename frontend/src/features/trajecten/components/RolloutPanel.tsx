import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TrajectRolloutQuery } from '../graphql/operations';
import { useFormatters } from '../../../app/format';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { RolloutGrid } from './RolloutGrid';

/** Where the municipalities stand: counts, a per-region table and the grid of all of them. */
export function RolloutPanel({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { data, loading, error, refetch } = useQuery(TrajectRolloutQuery, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const rollout = data.traject;
  const counts = rollout.rolloutCounts;

  return (
    <>
      <h2>{t('trajecten.rollout.title')}</h2>
      <dl className="tj-counts">
        {(
          [
            ['LIVE', counts.live],
            ['DEELNEMER', counts.participant],
            ['GEINTERESSEERD', counts.interested],
            ['NIET_BETROKKEN', counts.notInvolved],
          ] as const
        ).map(([status, value]) => (
          <div key={status} className={`tj-counts__item tj-muni--${status.toLowerCase()}`}>
            <dt>{t(`trajecten.rollout.status.${status}`)}</dt>
            <dd>{fmt.number(value)}</dd>
          </div>
        ))}
        <div className="tj-counts__item">
          <dt>{t('trajecten.rollout.total')}</dt>
          <dd>{fmt.number(counts.total)}</dd>
        </div>
      </dl>

      <h3>{t('trajecten.rollout.byRegionTitle')}</h3>
      <div className="table-wrap">
        <table className="table tj-region-table">
          <caption className="visually-hidden">{t('trajecten.rollout.byRegionCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trajecten.rollout.region')}</th>
              <th scope="col" className="num">{t('trajecten.rollout.status.LIVE')}</th>
              <th scope="col" className="num">{t('trajecten.rollout.status.DEELNEMER')}</th>
              <th scope="col" className="num">{t('trajecten.rollout.status.GEINTERESSEERD')}</th>
              <th scope="col" className="num">{t('trajecten.rollout.status.NIET_BETROKKEN')}</th>
              <th scope="col" className="num">{t('trajecten.rollout.total')}</th>
            </tr>
          </thead>
          <tbody>
            {rollout.rolloutByRegion.map((row) => (
              <tr key={row.region.id}>
                <th scope="row">
                  <Link to={`/regios/${row.region.slug}`}>{row.region.name}</Link>
                </th>
                <td className="num">{fmt.number(row.live)}</td>
                <td className="num">{fmt.number(row.participant)}</td>
                <td className="num">{fmt.number(row.interested)}</td>
                <td className="num">{fmt.number(row.notInvolved)}</td>
                <td className="num">{fmt.number(row.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('trajecten.rollout.gridTitle')}</h3>
      <RolloutGrid rollout={rollout} />
    </>
  );
}
