import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SolutionAdoption } from '../types';
import { useDayFormat } from '../hooks/useDayFormat';
import { EmptyState } from '../../../ui/EmptyState';

interface Group {
  key: string;
  name: string;
  slug: string | null;
  adoptions: SolutionAdoption[];
}

export function groupByRegion(adoptions: readonly SolutionAdoption[], firstRegionSlug: string | null, noRegion: string): Group[] {
  const groups = new Map<string, Group>();
  for (const a of adoptions) {
    const r = a.bestuur.region;
    const key = r?.slug ?? '';
    const group = groups.get(key) ?? { key, name: r?.name ?? noRegion, slug: r?.slug ?? null, adoptions: [] };
    group.adoptions.push(a);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => {
    if (firstRegionSlug && (a.slug === firstRegionSlug) !== (b.slug === firstRegionSlug)) return a.slug === firstRegionSlug ? -1 : 1;
    if (!a.slug !== !b.slug) return a.slug ? -1 : 1;
    return a.name.localeCompare(b.name, 'nl-BE');
  });
}

/** Besturen with a status for the solution, grouped by region (the viewer's own region first). */
export function AdoptersByRegion({ adoptions, myRegionSlug }: { adoptions: readonly SolutionAdoption[]; myRegionSlug: string | null }) {
  const { t } = useTranslation();
  const day = useDayFormat();
  if (adoptions.length === 0) return <EmptyState>{t('catalogus.adopters.none')}</EmptyState>;
  const groups = groupByRegion(adoptions, myRegionSlug, t('catalogus.adopters.noRegion'));
  return (
    <div className="adopters">
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`adopters-${g.key || 'geen'}`}>
          <h3 id={`adopters-${g.key || 'geen'}`}>
            {g.slug ? <Link to={`/regios/${g.slug}`}>{g.name}</Link> : g.name}{' '}
            <span className="count">({t('catalogus.adopters.count', { count: g.adoptions.length })})</span>
          </h3>
          <ul className="adopters__list">
            {g.adoptions.map((a) => (
              <li key={a.id}>
                {a.bestuur.nisCode ? <Link to={`/besturen/${a.bestuur.nisCode}`}>{a.bestuur.name}</Link> : a.bestuur.name}
                {' – '}
                <strong>{t(`catalogus.status.${a.status}`)}</strong>
                {a.startDate && <> {t('catalogus.adopters.since', { date: day(a.startDate) })}</>}
                {a.endDate && <> {t('catalogus.adopters.until', { date: day(a.endDate) })}</>}
                {a.note && <p className="adopters__note">{a.note}</p>}
                {a.contact && (
                  <p className="adopters__contact">
                    {t('catalogus.adopters.contact')} {a.contact.displayName}
                    {a.contact.jobTitle && `, ${a.contact.jobTitle}`}
                    {a.contactEmail && (
                      <>
                        {' – '}
                        <a href={`mailto:${a.contactEmail}`}>{a.contactEmail}</a>
                      </>
                    )}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
