import { useTranslation } from 'react-i18next';
import type { SolutionDetailData } from '../types';
import { useDayFormat } from '../hooks/useDayFormat';

/** Provider details: cost, maintenance, standards, features, contacts, links and the publiccode.yml export. */
export function SolutionMoreInfo({ solution }: { solution: SolutionDetailData }) {
  const { t } = useTranslation();
  const day = useDayFormat();
  return (
    <>
      <dl className="meta">
        <dt>{t('catalogus.more.cost')}</dt>
        <dd>{solution.costIndication ?? '–'}</dd>
        <dt>{t('catalogus.more.maintenance')}</dt>
        <dd>
          {solution.maintenanceType ? t(`catalogus.maintenance.${solution.maintenanceType}`) : '–'}
          {solution.maintenanceUntil && ` ${t('catalogus.more.until', { date: day(solution.maintenanceUntil) })}`}
        </dd>
        <dt>{t('catalogus.more.standards')}</dt>
        <dd>{solution.standards.length ? solution.standards.join(', ') : '–'}</dd>
        {solution.features.length > 0 && (
          <>
            <dt>{t('catalogus.more.features')}</dt>
            <dd>
              <ul className="plain-list">
                {solution.features.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {solution.contacts.length > 0 && (
          <>
            <dt>{t('catalogus.more.contacts')}</dt>
            <dd>
              <ul className="plain-list">
                {solution.contacts.map((c) => (
                  <li key={`${c.name}-${c.email ?? ''}`}>
                    {c.name}
                    {c.affiliation && ` (${c.affiliation})`}
                    {c.email && (
                      <>
                        {' – '}
                        <a href={`mailto:${c.email}`}>{c.email}</a>
                      </>
                    )}
                    {c.phone && ` – ${c.phone}`}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <ul className="plain-list">
        {solution.links.map((l) => (
          <li key={l.url}>
            <a href={l.url} rel="noopener noreferrer">
              {l.label}
            </a>
          </li>
        ))}
        <li>
          <a href={`/exports/oplossingen/${encodeURIComponent(solution.slug)}/publiccode.yml`}>{t('catalogus.more.publiccode')}</a>
        </li>
      </ul>
    </>
  );
}
