import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CatalogusSolutionCardFragment } from '../../../generated/graphql';

export interface SolutionCardProps {
  solution: CatalogusSolutionCardFragment;
  /** Extra content under the summary, e.g. the fit for the signed-in person's bestuur. */
  children?: ReactNode;
}

/** One solution in a list: name (link), summary and its facets in words. */
export function SolutionCard({ solution, children }: SolutionCardProps) {
  return (
    <li className="card solution-card">
      <h2 className="card__title">
        <Link to={`/catalogus/${solution.slug}`}>{solution.name}</Link>
      </h2>
      <p className="solution-card__summary">{solution.summary}</p>
      <SolutionFacts solution={solution} />
      {children}
    </li>
  );
}

/** Type, maturity, licence, domains and number of users as a description list. */
export function SolutionFacts({ solution }: { solution: CatalogusSolutionCardFragment }) {
  const { t } = useTranslation();
  return (
    <dl className="meta solution-facts">
      <dt>{t('catalogus.fields.type')}</dt>
      <dd>{t(`catalogus.type.${solution.type}`)}</dd>
      <dt>{t('catalogus.fields.maturity')}</dt>
      <dd>{t(`catalogus.maturity.${solution.maturity}`)}</dd>
      {solution.domains.length > 0 && (
        <>
          <dt>{t('catalogus.fields.domains')}</dt>
          <dd>{solution.domains.map((d) => t(`catalogus.domain.${d}`)).join(', ')}</dd>
        </>
      )}
      <dt>{t('catalogus.fields.licence')}</dt>
      <dd>
        {solution.openSource ? t('catalogus.openSourceYes') : t('catalogus.openSourceNo')}
        {solution.licence && ` (${solution.licence})`}
      </dd>
      {solution.provider && (
        <>
          <dt>{t('catalogus.fields.provider')}</dt>
          <dd>{solution.provider}</dd>
        </>
      )}
      <dt>{t('catalogus.fields.adopters')}</dt>
      <dd>{t('catalogus.adopterCount', { count: solution.adopterCount })}</dd>
    </dl>
  );
}
