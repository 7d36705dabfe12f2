import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectDetailFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../app/format';
import { Alert } from '../../../ui/Alert';
import { EmptyState } from '../../../ui/EmptyState';
import { IndicatorForm, MeasurementForm } from './IndicatorForms';

type Indicator = TrajectDetailFieldsFragment['indicators'][number];

/** Outcome indicators: add one, and record measured values. */
export function IndicatorsManager({ trajectId, indicators }: { trajectId: string; indicators: readonly Indicator[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [message, setMessage] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const statusRef = useRef<HTMLDivElement>(null);

  function done(text: string) {
    setMessage(text);
    setFormKey((k) => k + 1);
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  return (
    <>
      <div ref={statusRef} tabIndex={-1} className="tj-focus-target">
        {message && <Alert variant="success">{message}</Alert>}
      </div>
      {indicators.length === 0 ? (
        <EmptyState>{t('trajecten.indicators.empty')}</EmptyState>
      ) : (
        <ul className="card-list">
          {indicators.map((indicator) => {
            const last = indicator.measurements[indicator.measurements.length - 1];
            return (
              <li key={indicator.id} className="card">
                <h4 className="card__title">{indicator.name}</h4>
                <p className="tj-update__meta">
                  {t('trajecten.indicators.baseline')}: {fmt.number(indicator.baseline)} {indicator.unit}
                  {indicator.target !== null && (
                    <>
                      {' · '}
                      {t('trajecten.indicators.target')}: {fmt.number(indicator.target)} {indicator.unit}
                    </>
                  )}
                  {last && (
                    <>
                      {' · '}
                      {t('trajecten.indicators.latest', { value: fmt.number(last.value), unit: indicator.unit })}
                    </>
                  )}
                </p>
                <MeasurementForm key={`${indicator.id}-${formKey}`} indicatorId={indicator.id} name={indicator.name} onDone={done} />
              </li>
            );
          })}
        </ul>
      )}
      <div className="panel">
        <IndicatorForm key={formKey} trajectId={trajectId} onDone={done} />
      </div>
    </>
  );
}
