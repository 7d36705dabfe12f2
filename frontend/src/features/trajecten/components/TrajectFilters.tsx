import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pillar, TrajectPhase, TrajectStatus } from '../../../generated/graphql';
import { PHASES, PILLARS, STATUSES } from '../labels';

export interface TrajectFilterValues {
  phase: TrajectPhase | null;
  pillar: Pillar | null;
  status: TrajectStatus | null;
  mine: boolean;
}

export interface TrajectFiltersProps {
  values: TrajectFilterValues;
  onChange: (values: TrajectFilterValues) => void;
  /** "Mijn trajecten" only makes sense for someone signed in. */
  showMine: boolean;
}

/** Filters for the overview; every change applies at once (the result count is announced). */
export function TrajectFilters({ values, onChange, showMine }: TrajectFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const active = values.phase || values.pillar || values.status || values.mine;

  function select<K extends 'phase' | 'pillar' | 'status'>(key: K, options: readonly string[], labelKey: string, allKey: string) {
    return (
      <div className="field tj-filters__field">
        <label htmlFor={`${id}-${key}`} className="field__label">
          {t(`trajecten.filters.${key}`)}
        </label>
        <select
          id={`${id}-${key}`}
          className="input"
          value={values[key] ?? ''}
          onChange={(e) => onChange({ ...values, [key]: e.target.value || null })}
        >
          <option value="">{t(`trajecten.filters.${allKey}`)}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {t(`trajecten.${labelKey}.${option}`)}
            </option>
          ))}
        </select>
      </div>
    );
  }

  return (
    <fieldset className="tj-filters">
      <legend className="tj-filters__legend">{t('trajecten.filters.legend')}</legend>
      <div className="tj-filters__row">
        {select('phase', PHASES, 'phase', 'allPhases')}
        {select('pillar', PILLARS, 'pillar', 'allPillars')}
        {select('status', STATUSES, 'status', 'allStatuses')}
        {showMine && (
          <div className="tj-filters__check">
            <input
              id={`${id}-mine`}
              type="checkbox"
              checked={values.mine}
              onChange={(e) => onChange({ ...values, mine: e.target.checked })}
            />
            <label htmlFor={`${id}-mine`}>{t('trajecten.filters.mine')}</label>
          </div>
        )}
        {active && (
          <button
            type="button"
            className="btn btn--link tj-filters__reset"
            onClick={() => onChange({ phase: null, pillar: null, status: null, mine: false })}
          >
            {t('trajecten.filters.reset')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
