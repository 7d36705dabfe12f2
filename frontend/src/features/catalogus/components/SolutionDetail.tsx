import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CatalogusSolutionQuery } from '../graphql/solutions';
import { useMyBestuur } from '../hooks/useMyBestuur';
import { SolutionFacts } from './SolutionCard';
import { FitExplanations, FitGaps, FitScore } from './FitExplanations';
import { OrganisationalCharacteristics, TechnicalRequirements } from './SolutionRequirements';
import { ImplementationPlan } from './ImplementationPlan';
import { AdoptersByRegion } from './AdoptersByRegion';
import { AdoptionControl } from './AdoptionControl';
import { RelatedThreads, RelatedTrajects } from './RelatedLinks';
import { SolutionMoreInfo } from './SolutionMoreInfo';
import { Markdown } from './Markdown';
import { toApiError } from '../../../app/errors';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../styles';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="solution-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** /catalogus/:slug — a solution, checked against the signed-in person's bestuur where there is one. */
export function SolutionDetail({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { user, bestuur, loading: userLoading } = useMyBestuur();
  const { data, loading, error, refetch } = useQuery(CatalogusSolutionQuery, {
    variables: { slug, nisCode: bestuur?.nisCode ?? '', withFit: !!bestuur },
    skip: userLoading,
  });
  const solution = data?.solution;
  useDocumentTitle(solution?.name ?? (loading || userLoading ? undefined : t('notFound.title')));

  if (userLoading || (loading && !data)) return <Loading />;
  if (error && !data) {
    if (toApiError(error).code === 'NOT_FOUND') return <NotFound />;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  if (!solution) return <NotFound />;

  const fit = solution.fitFor ?? null;
  const mine = bestuur ? (solution.adoptions.find((a) => a.bestuur.nisCode === bestuur.nisCode) ?? null) : null;
  const steps = fit ? fit.plan : solution.steps;

  return (
    <article className="solution">
      <p className="breadcrumb">
        <Link to="/catalogus">{t('catalogus.detail.back')}</Link>
      </p>
      <h1>{solution.name}</h1>
      <p className="lead">{solution.summary}</p>
      {solution.isDemo && <p className="notice">{t('catalogus.detail.demo')}</p>}
      <SolutionFacts solution={solution} />

      {bestuur && fit && (
        <section aria-labelledby="past-het" className="panel fit-panel">
          <h2 id="past-het">{t('catalogus.detail.fitTitle', { name: bestuur.name })}</h2>
          <FitScore fit={fit} />
          <FitExplanations explanations={fit.explanations} />
          <FitGaps gaps={fit.gaps} />
        </section>
      )}

      {bestuur && user && (
        <section aria-labelledby="status" className="panel">
          <h2 id="status">{t('catalogus.adoption.title', { name: bestuur.name })}</h2>
          <AdoptionControl
            solutionSlug={solution.slug}
            solutionName={solution.name}
            nisCode={bestuur.nisCode}
            bestuurName={bestuur.name}
            current={mine}
            viewerId={user.id}
          />
        </section>
      )}

      <Section id="beschrijving" title={t('catalogus.detail.description')}>
        {solution.description.trim() ? <Markdown source={solution.description} /> : <p>{solution.summary}</p>}
      </Section>

      <Section id="vereisten" title={t('catalogus.detail.requirements')}>
        <TechnicalRequirements solution={solution} fit={fit} bestuurName={bestuur?.name ?? null} />
      </Section>

      <Section id="organisatie" title={t('catalogus.detail.organisation')}>
        <OrganisationalCharacteristics solution={solution} fit={fit} bestuurName={bestuur?.name ?? null} />
      </Section>

      <Section id="stappen" title={t('catalogus.detail.steps')}>
        {fit && bestuur && <p>{t('catalogus.detail.stepsChecked', { name: bestuur.name })}</p>}
        <ImplementationPlan steps={steps} />
      </Section>

      <Section id="gebruikers" title={t('catalogus.detail.adopters')}>
        <AdoptersByRegion adoptions={solution.adoptions} myRegionSlug={bestuur?.regionSlug ?? null} />
      </Section>

      <Section id="trajecten" title={t('catalogus.detail.trajects')}>
        <RelatedTrajects slugs={solution.relatedTrajectSlugs} ownTrajects={fit?.trajects.trajects ?? []} bestuurName={bestuur?.name ?? null} />
      </Section>

      <Section id="gesprekken" title={t('catalogus.detail.threads')}>
        <RelatedThreads solutionName={solution.name} />
      </Section>

      <Section id="meer" title={t('catalogus.detail.more')}>
        <SolutionMoreInfo solution={solution} />
      </Section>
    </article>
  );
}
