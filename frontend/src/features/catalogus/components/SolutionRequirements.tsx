import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format';
import type { Fit, SolutionDetailData } from '../types';
import { EmptyState } from '../../../ui/EmptyState';

export interface SolutionRequirementsProps {
  solution: SolutionDetailData;
  /** Checked against this bestuur when known. */
  fit: Fit | null;
  bestuurName: string | null;
}

/** Technical requirements; with a bestuur, each says in words whether it is present or missing. */
export function TechnicalRequirements({ solution, fit, bestuurName }: SolutionRequirementsProps) {
  const { t } = useTranslation();
  const rows = fit
    ? fit.technical.requirements.map((r) => ({ ...r, present: r.present as boolean | null }))
    : solution.requirements.map((r) => ({ ...r, present: null as boolean | null }));
  if (rows.length === 0) return <EmptyState>{t('catalogus.requirements.none')}</EmptyState>;
  return (
    <ul className="checks">
      {rows.map((r) => (
        <li key={r.capability.id} className={r.present === null ? 'check' : r.present ? 'check check--ok' : 'check check--missing'}>
          {r.present !== null && (
            <span className="check__icon" aria-hidden="true">
              {r.present ? '✓' : '✗'}
            </span>
          )}
          <span className="check__name">{r.capability.name}</span>{' '}
          <span className="check__level">({t(`catalogus.level.${r.level}`)})</span>
          {r.present !== null && bestuurName && (
            <span className={r.present ? 'check__state' : 'check__state check__state--missing'}>
              {r.present
                ? t('catalogus.requirements.present', { name: bestuurName })
                : t('catalogus.requirements.missing', { name: bestuurName })}
            </span>
          )}
          {r.capability.description && <p className="check__description">{r.capability.description}</p>}
        </li>
      ))}
    </ul>
  );
}

/** Processes, roles, effort, size range and maturity prerequisites (checked against the bestuur when known). */
export function OrganisationalCharacteristics({ solution, fit, bestuurName }: SolutionRequirementsProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { effortMinDays: lo, effortMaxDays: hi, populationMin: pmin, populationMax: pmax } = solution;
  const effort =
    lo !== null && hi !== null && lo !== hi
      ? t('catalogus.org.effortRange', { min: fmt.number(lo), max: fmt.number(hi) })
      : lo !== null || hi !== null
        ? t('catalogus.org.effortOne', { count: (lo ?? hi) as number, days: fmt.number(lo ?? hi) })
        : null;
  const size =
    pmin !== null && pmax !== null
      ? t('catalogus.org.sizeRange', { min: fmt.number(pmin), max: fmt.number(pmax) })
      : pmin !== null
        ? t('catalogus.org.sizeFrom', { min: fmt.number(pmin) })
        : pmax !== null
          ? t('catalogus.org.sizeTo', { max: fmt.number(pmax) })
          : t('catalogus.org.sizeAny');
  const org = fit?.organisational;
  const prerequisites = org
    ? org.prerequisites
    : solution.prerequisites.map((p) => ({ ...p, value: null, year: null, source: null, met: null as boolean | null }));

  return (
    <dl className="meta org-facts">
      <dt>{t('catalogus.org.processes')}</dt>
      <dd>{solution.processes.length ? solution.processes.join(', ') : '–'}</dd>
      <dt>{t('catalogus.org.roles')}</dt>
      <dd>{solution.roles.length ? solution.roles.join(', ') : '–'}</dd>
      <dt>{t('catalogus.org.effort')}</dt>
      <dd>{effort ?? '–'}</dd>
      <dt>{t('catalogus.org.size')}</dt>
      <dd>
        {size}
        {org && bestuurName && org.population !== null && (pmin !== null || pmax !== null) && (
          <span className={org.sizeInRange ? 'check__state' : 'check__state check__state--missing'}>
            <span aria-hidden="true">{org.sizeInRange ? '✓ ' : '✗ '}</span>
            {org.sizeInRange
              ? t('catalogus.org.sizeFits', { name: bestuurName, population: fmt.number(org.population) })
              : t('catalogus.org.sizeMisfits', { name: bestuurName, population: fmt.number(org.population) })}
          </span>
        )}
      </dd>
      <dt>{t('catalogus.org.prerequisites')}</dt>
      <dd>
        {prerequisites.length === 0 ? (
          t('catalogus.org.noPrerequisites')
        ) : (
          <ul className="checks checks--compact">
            {prerequisites.map((p) => (
              <li key={p.indicator.id} className={p.met === null ? 'check' : p.met ? 'check check--ok' : 'check check--missing'}>
                {p.met !== null && (
                  <span className="check__icon" aria-hidden="true">
                    {p.met ? '✓' : '✗'}
                  </span>
                )}
                {t('catalogus.org.prerequisite', { indicator: p.indicator.name, min: fmt.number(p.minValue) })}
                {p.met !== null && bestuurName && (
                  <span className={p.met ? 'check__state' : 'check__state check__state--missing'}>
                    {p.value === null
                      ? t('catalogus.org.prerequisiteUnknown', { name: bestuurName })
                      : t(p.met ? 'catalogus.org.prerequisiteMet' : 'catalogus.org.prerequisiteNotMet', {
                          name: bestuurName,
                          value: fmt.number(p.value),
                          source: [p.source, p.year].filter((x) => x !== null && x !== '').join(' '),
                        })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </dd>
      {solution.changeNotes && (
        <>
          <dt>{t('catalogus.org.changeNotes')}</dt>
          <dd className="description">{solution.changeNotes}</dd>
        </>
      )}
    </dl>
  );
}
