import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogusFilters as Filters, CatalogusSort } from '../hooks/useCatalogusFilters';
import { activeFilterCount } from '../hooks/useCatalogusFilters';
import type { MyBestuur } from '../hooks/useMyBestuur';
import { DOMAINS, MATURITIES, TYPES } from '../vocabulary';
import { CheckboxGroup } from './CheckboxGroup';
import { Button } from '../../../ui/Button';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

export interface CatalogusFiltersProps {
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
  onReset: () => void;
  /** The signed-in person's municipality: enables "past bij mijn bestuur" and sorting by fit. */
  bestuur: MyBestuur | null;
}

/** Search, sort and facets of the catalogue. Every change applies at once; the list announces its new count. */
export function CatalogusFilters({ filters, onChange, onReset, bestuur }: CatalogusFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState(filters.search);
  const debounced = useDebouncedValue(search, 300);

  // Typing updates the address after a pause; a reset (or back button) updates the field.
  useEffect(() => {
    if (debounced.trim() !== filters.search.trim()) onChange({ search: debounced });
  }, [debounced]);
  useEffect(() => {
    setSearch((current) => (current.trim() === filters.search.trim() ? current : filters.search));
  }, [filters.search]);

  const active = activeFilterCount(filters);

  return (
    <form role="search" aria-label={t('catalogus.filters.label')} className="catalogus-filters" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-q`} className="field__label">
          {t('catalogus.filters.search')}
        </label>
        <p id={`${id}-q-hint`} className="field__hint">
          {t('catalogus.filters.searchHint')}
        </p>
        <input
          id={`${id}-q`}
          className="input"
          type="search"
          value={search}
          aria-describedby={`${id}-q-hint`}
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
        />
      </div>

      {bestuur ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-sort`} className="field__label">
              {t('catalogus.filters.sort')}
            </label>
            <select
              id={`${id}-sort`}
              className="input"
              value={filters.sort}
              onChange={(e) => onChange({ sort: e.target.value as CatalogusSort })}
            >
              <option value="naam">{t('catalogus.filters.sortName')}</option>
              <option value="passend">{t('catalogus.filters.sortFit', { name: bestuur.name })}</option>
            </select>
          </div>
          <div className="facet facet--single">
            <input
              id={`${id}-fits`}
              type="checkbox"
              checked={filters.fits}
              aria-describedby={`${id}-fits-hint`}
              onChange={(e) => onChange({ fits: e.target.checked })}
            />
            <label htmlFor={`${id}-fits`}>{t('catalogus.filters.fits', { name: bestuur.name })}</label>
            <p id={`${id}-fits-hint`} className="field__hint">
              {t('catalogus.filters.fitsHint', { name: bestuur.name })}
            </p>
          </div>
        </>
      ) : (
        <p className="field__hint">{t('catalogus.filters.fitsSignIn')}</p>
      )}

      <CheckboxGroup
        legend={t('catalogus.filters.type')}
        options={TYPES}
        selected={filters.type}
        label={(v) => t(`catalogus.type.${v}`)}
        onChange={(type) => onChange({ type })}
      />
      <CheckboxGroup
        legend={t('catalogus.filters.domain')}
        options={DOMAINS}
        selected={filters.domain}
        label={(v) => t(`catalogus.domain.${v}`)}
        onChange={(domain) => onChange({ domain })}
      />
      <CheckboxGroup
        legend={t('catalogus.filters.maturity')}
        options={MATURITIES}
        selected={filters.maturity}
        label={(v) => t(`catalogus.maturity.${v}`)}
        onChange={(maturity) => onChange({ maturity })}
      />
      <div className="facet facet--single">
        <input
          id={`${id}-os`}
          type="checkbox"
          checked={filters.openSource}
          onChange={(e) => onChange({ openSource: e.target.checked })}
        />
        <label htmlFor={`${id}-os`}>{t('catalogus.filters.openSource')}</label>
      </div>

      {active > 0 && (
        <Button
          variant="secondary"
          onClick={() => {
            setSearch('');
            onReset();
          }}
        >
          {t('catalogus.filters.reset', { count: active })}
        </Button>
      )}
    </form>
  );
}
