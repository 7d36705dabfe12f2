import { useTranslation } from 'react-i18next';
import type { TrajectDetailFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../app/format';
import { useDay } from '../hooks/useDay';

type Indicator = TrajectDetailFieldsFragment['indicators'][number];

/** Outcome indicators: baseline, target and the measured values as a table. */
export function IndicatorsList({ indicators }: { indicators: readonly Indicator[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const day = useDay();
  if (indicators.length === 0) return null;
  const withUnit = (value: number, unit: string) => (unit ? `${fmt.number(value)} ${unit}` : fmt.number(value));
  return (
    <section aria-labelledby="indicatoren" className="tj-indicators">
      <h3 id="indicatoren">{t('trajecten.indicators.title')}</h3>
      {indicators.map((indicator) => (
        <div key={indicator.id} className="card tj-indicator">
          <h4 className="card__title">{indicator.name}</h4>
          {indicator.description && <p>{indicator.description}</p>}
          <dl className="meta">
            <dt>{t('trajecten.indicators.baseline')}</dt>
            <dd>{withUnit(indicator.baseline, indicator.unit)}</dd>
            {indicator.target !== null && (
              <>
                <dt>{t('trajecten.indicators.target')}</dt>
                <dd>{withUnit(indicator.target, indicator.unit)}</dd>
              </>
            )}
          </dl>
          {indicator.measurements.length === 0 ? (
            <p className="empty-state">{t('trajecten.indicators.noMeasurements')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('trajecten.indicators.caption', { name: indicator.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('trajecten.indicators.date')}</th>
                    <th scope="col" className="num">
                      {t('trajecten.indicators.value')}
                    </th>
                    <th scope="col">{t('trajecten.indicators.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {indicator.measurements.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">{day(m.measuredOn)}</th>
                      <td className="num">{withUnit(m.value, indicator.unit)}</td>
                      <td>{m.note ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
