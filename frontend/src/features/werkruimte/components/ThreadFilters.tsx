import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { KINDS, SORTS, STATUSES, type ThreadListParams } from '../hooks/useThreadListParams';

export interface ThreadFiltersProps {
  params: ThreadListParams;
  onChange: (changes: Partial<ThreadListParams>) => void;
  onReset: () => void;
}

/** Kind, status, tag, mine, unread and sort; every change updates the list (and the address bar). */
export function ThreadFilters({ params, onChange, onReset }: ThreadFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const [tag, setTag] = useState(params.tag ?? '');
  useEffect(() => setTag(params.tag ?? ''), [params.tag]);
  const filtered = Boolean(params.kind || params.status || params.tag || params.mine || params.unread || params.sort !== 'ACTIVITY');

  function applyTag(event: FormEvent) {
    event.preventDefault();
    onChange({ tag: tag.trim().toLowerCase() || null });
  }

  return (
    <form className="wr-filters" onSubmit={applyTag} aria-labelledby={`${id}-legend`}>
      <h2 id={`${id}-legend`} className="visually-hidden">
        {t('werkruimte.filters.legend')}
      </h2>
      <div className="wr-filters__field">
        <label htmlFor={`${id}-kind`}>{t('werkruimte.filters.kind')}</label>
        <select
          id={`${id}-kind`}
          className="input"
          value={params.kind ?? ''}
          onChange={(e) => onChange({ kind: (e.target.value || null) as ThreadListParams['kind'] })}
        >
          <option value="">{t('werkruimte.filters.all')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`werkruimte.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="wr-filters__field">
        <label htmlFor={`${id}-status`}>{t('werkruimte.filters.status')}</label>
        <select
          id={`${id}-status`}
          className="input"
          value={params.status ?? ''}
          onChange={(e) => onChange({ status: (e.target.value || null) as ThreadListParams['status'] })}
        >
          <option value="">{t('werkruimte.filters.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`werkruimte.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="wr-filters__field">
        <label htmlFor={`${id}-tag`}>{t('werkruimte.filters.tag')}</label>
        <span className="wr-filters__inline">
          <input
            id={`${id}-tag`}
            className="input"
            type="search"
            value={tag}
            maxLength={30}
            aria-describedby={`${id}-tag-hint`}
            onChange={(e) => setTag(e.target.value)}
            onBlur={() => (tag.trim().toLowerCase() || null) !== params.tag && onChange({ tag: tag.trim().toLowerCase() || null })}
          />
          <Button type="submit" variant="secondary">
            {t('werkruimte.filters.apply')}
          </Button>
        </span>
        <span id={`${id}-tag-hint`} className="field__hint">
          {t('werkruimte.filters.tagHint')}
        </span>
      </div>
      <div className="wr-filters__field">
        <label htmlFor={`${id}-sort`}>{t('werkruimte.filters.sort')}</label>
        <select
          id={`${id}-sort`}
          className="input"
          value={params.sort}
          onChange={(e) => onChange({ sort: e.target.value as ThreadListParams['sort'] })}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`werkruimte.sorts.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="wr-filters__checks">
        <label>
          <input type="checkbox" checked={params.mine} onChange={(e) => onChange({ mine: e.target.checked })} />{' '}
          {t('werkruimte.filters.mine')}
        </label>
        <label>
          <input type="checkbox" checked={params.unread} onChange={(e) => onChange({ unread: e.target.checked })} />{' '}
          {t('werkruimte.filters.unread')}
        </label>
      </div>
      {filtered && (
        <Button variant="link" onClick={onReset}>
          {t('werkruimte.filters.reset')}
        </Button>
      )}
    </form>
  );
}
