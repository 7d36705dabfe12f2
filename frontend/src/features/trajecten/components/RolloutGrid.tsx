import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RolloutStatus, TrajectRolloutQuery } from '../../../generated/graphql';
import { ROLLOUT_MARK, ROLLOUT_STATUSES } from '../labels';

type Rollout = TrajectRolloutQuery['traject'];

/** Legend: each status as shape + colour + words. */
export function RolloutLegend() {
  const { t } = useTranslation();
  return (
    <div className="tj-legend">
      <p className="tj-legend__title" id="legende-uitrol">
        {t('trajecten.rollout.legend')}
      </p>
      <ul className="tj-legend__list" aria-labelledby="legende-uitrol">
        {ROLLOUT_STATUSES.map((status) => (
          <li key={status} className={`tj-muni tj-muni--${status.toLowerCase()}`}>
            <span className="tj-muni__mark" aria-hidden="true">
              {ROLLOUT_MARK[status]}
            </span>{' '}
            {t(`trajecten.rollout.status.${status}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** All municipalities grouped by region; each one names its status (screen readers hear it too). */
export function RolloutGrid({ rollout }: { rollout: Rollout }) {
  const { t } = useTranslation();
  const id = useId();
  const [only, setOnly] = useState<RolloutStatus | ''>('');
  const byRegion = new Map<string, Rollout['rolloutGrid']>();
  for (const entry of rollout.rolloutGrid) {
    const key = entry.bestuur.region?.id ?? '';
    byRegion.set(key, [...(byRegion.get(key) ?? []), entry]);
  }
  const regions = rollout.rolloutByRegion.map((r) => r.region);

  return (
    <>
      <RolloutLegend />
      <div className="field tj-grid-filter">
        <label htmlFor={`${id}-only`} className="field__label">
          {t('trajecten.rollout.show')}
        </label>
        <select id={`${id}-only`} className="input" value={only} onChange={(e) => setOnly(e.target.value as RolloutStatus | '')}>
          <option value="">{t('trajecten.rollout.showAll')}</option>
          {ROLLOUT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`trajecten.rollout.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {regions.map((region) => {
        const entries = (byRegion.get(region.id) ?? []).filter((e) => !only || e.status === only);
        return (
          <section key={region.id} className="tj-grid-region" aria-labelledby={`${id}-${region.id}`}>
            <h4 id={`${id}-${region.id}`} className="tj-grid-region__title">
              {region.name} <span className="tj-grid-region__count">({entries.length})</span>
            </h4>
            {entries.length === 0 ? (
              <p className="empty-state">{t('trajecten.rollout.noneInRegion')}</p>
            ) : (
              <ul className="tj-grid">
                {entries.map((entry) => (
                  <li
                    key={entry.bestuur.id}
                    className={`tj-muni tj-muni--${entry.status.toLowerCase()}`}
                    data-status={entry.status}
                  >
                    <span className="tj-muni__mark" aria-hidden="true">
                      {ROLLOUT_MARK[entry.status]}
                    </span>{' '}
                    {entry.bestuur.nisCode ? (
                      <Link to={`/besturen/${entry.bestuur.nisCode}`}>{entry.bestuur.name}</Link>
                    ) : (
                      entry.bestuur.name
                    )}
                    <span className="visually-hidden">: {t(`trajecten.rollout.status.${entry.status}`)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
