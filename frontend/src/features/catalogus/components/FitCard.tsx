import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CatalogusSolutionCardFragment } from '../../../generated/graphql';
import type { Fit } from '../types';
import { FitExplanations, FitGaps, FitScore } from './FitExplanations';
import { ImplementationPlan } from './ImplementationPlan';

export interface FitCardProps {
  fit: Fit & { solution: CatalogusSolutionCardFragment };
}

/** One recommendation of "Voor mijn bestuur": rank, score and its parts, reasons, gaps, peers and the plan. */
export function FitCard({ fit }: FitCardProps) {
  const { t } = useTranslation();
  const { solution } = fit;
  const done = fit.plan.filter((s) => s.done).length;
  const headingId = `fit-${solution.slug}`;
  return (
    <li className="card fit-card">
      <h2 id={headingId} className="card__title">
        <Link to={`/catalogus/${solution.slug}`}>{solution.name}</Link>
      </h2>
      <p className="solution-card__summary">{solution.summary}</p>
      <FitScore fit={fit} />
      {fit.adoptionStatus && (
        <p className="adoption-status">{t('catalogus.adoption.current', { status: t(`catalogus.status.${fit.adoptionStatus}`) })}</p>
      )}
      <dl className="meta meta--inline score-parts">
        <dt>{t('catalogus.fit.partTechnical')}</dt>
        <dd>{t('catalogus.fit.points', { score: fit.technical.score, max: 40 })}</dd>
        <dt>{t('catalogus.fit.partOrganisational')}</dt>
        <dd>{t('catalogus.fit.points', { score: fit.organisational.score, max: 30 })}</dd>
        <dt>{t('catalogus.fit.partPeers')}</dt>
        <dd>{t('catalogus.fit.points', { score: fit.peers.score, max: 20 })}</dd>
        <dt>{t('catalogus.fit.partTrajects')}</dt>
        <dd>{t('catalogus.fit.points', { score: fit.trajects.score, max: 10 })}</dd>
      </dl>
      <h3 className="fit-card__subtitle">{t('catalogus.fit.whyTitle')}</h3>
      <FitExplanations explanations={fit.explanations} />
      <FitGaps gaps={fit.gaps} />
      {fit.peers.besturen.length > 0 && (
        <>
          <h3 className="fit-card__subtitle">{t('catalogus.fit.peersTitle', { count: fit.peers.count })}</h3>
          <ul className="plain-list peers">
            {fit.peers.besturen.map((p) => (
              <li key={p.bestuur.id}>
                {p.bestuur.nisCode ? <Link to={`/besturen/${p.bestuur.nisCode}`}>{p.bestuur.name}</Link> : p.bestuur.name}{' '}
                ({[t(`catalogus.status.${p.status}`), p.sameRegion && t('catalogus.fit.sameRegion'), p.similarSize && t('catalogus.fit.similarSize')]
                  .filter(Boolean)
                  .join(', ')}
                )
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="plan-details">
        <summary>{t('catalogus.fit.planSummary', { done, count: fit.plan.length })}</summary>
        <ImplementationPlan steps={fit.plan} />
      </details>
    </li>
  );
}
