import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TrajectQuery } from '../graphql/operations';
import { toApiError } from '../../../app/errors';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { UpdatesManager } from './UpdatesManager';
import { ParticipationRequests } from './ParticipationRequests';
import { SubscribersPanel } from './SubscribersPanel';
import { MilestonesManager } from './MilestonesManager';
import { IndicatorsManager } from './IndicatorsManager';
import { ProgressSetter } from './ProgressSetter';
import '../trajecten.css';

/** Team tools of a traject: updates for the team; requests, milestones, indicators and progress for leads. */
export function TrajectManage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TrajectQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const traject = data?.traject;
  useDocumentTitle(traject ? t('trajecten.manage.documentTitle', { title: traject.title }) : loading ? undefined : t('notFound.title'));

  if (loading && !data) return <Loading />;
  if (error && !data) {
    if (toApiError(error).code === 'NOT_FOUND') return <NotFound />;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  if (!traject) return <NotFound />;

  if (!traject.viewerCanPublish) {
    return (
      <>
        <h1>{t('trajecten.manage.noAccessTitle')}</h1>
        <p>{t('trajecten.manage.noAccessBody')}</p>
        <p>
          <Link to={`/trajecten/${traject.slug}`}>{t('trajecten.manage.backTo', { title: traject.title })}</Link>
        </p>
      </>
    );
  }

  const sections = [
    { id: 'bericht-schrijven', title: t('trajecten.manage.sections.updates'), show: true },
    { id: 'aanvragen', title: t('trajecten.manage.sections.requests', { count: traject.pendingRequestCount }), show: traject.viewerCanManage },
    { id: 'inschrijvingen', title: t('trajecten.manage.sections.subscribers'), show: true },
    { id: 'mijlpalen-beheren', title: t('trajecten.manage.sections.milestones'), show: traject.viewerCanManage },
    { id: 'indicatoren-beheren', title: t('trajecten.manage.sections.indicators'), show: traject.viewerCanManage },
    { id: 'voortgang-instellen', title: t('trajecten.manage.sections.progress'), show: traject.viewerCanManage },
  ].filter((s) => s.show);
  const titleOf = (sectionId: string) => sections.find((s) => s.id === sectionId)?.title ?? '';
  const shown = (sectionId: string) => sections.some((s) => s.id === sectionId);

  return (
    <article className="tj-manage">
      <p className="breadcrumb">
        <Link to={`/trajecten/${traject.slug}`}>{t('trajecten.manage.backTo', { title: traject.title })}</Link>
      </p>
      <h1>{t('trajecten.manage.title', { title: traject.title })}</h1>
      <p className="lead">{traject.viewerCanManage ? t('trajecten.manage.introLead') : t('trajecten.manage.introTeam')}</p>
      <nav aria-label={t('trajecten.manage.navLabel')} className="tj-manage__nav">
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="bericht-schrijven" aria-labelledby="bericht-schrijven-titel" className="tj-manage__section">
        <h2 id="bericht-schrijven-titel">{titleOf('bericht-schrijven')}</h2>
        <UpdatesManager trajectId={traject.id} milestones={traject.milestones} />
      </section>

      {shown('aanvragen') && (
        <section id="aanvragen" aria-labelledby="aanvragen-titel" className="tj-manage__section">
          <h2 id="aanvragen-titel">{titleOf('aanvragen')}</h2>
          <ParticipationRequests trajectId={traject.id} />
        </section>
      )}

      <section id="inschrijvingen" aria-labelledby="inschrijvingen-titel" className="tj-manage__section">
        <h2 id="inschrijvingen-titel">{titleOf('inschrijvingen')}</h2>
        <SubscribersPanel
          trajectId={traject.id}
          slug={traject.slug}
          participantCount={traject.participantCount}
          followerCount={traject.followerCount}
          pendingRequestCount={traject.pendingRequestCount}
        />
      </section>

      {shown('mijlpalen-beheren') && (
        <section id="mijlpalen-beheren" aria-labelledby="mijlpalen-beheren-titel" className="tj-manage__section">
          <h2 id="mijlpalen-beheren-titel">{titleOf('mijlpalen-beheren')}</h2>
          <MilestonesManager trajectId={traject.id} milestones={traject.milestones} />
        </section>
      )}

      {shown('indicatoren-beheren') && (
        <section id="indicatoren-beheren" aria-labelledby="indicatoren-beheren-titel" className="tj-manage__section">
          <h2 id="indicatoren-beheren-titel">{titleOf('indicatoren-beheren')}</h2>
          <IndicatorsManager trajectId={traject.id} indicators={traject.indicators} />
        </section>
      )}

      {shown('voortgang-instellen') && (
        <section id="voortgang-instellen" aria-labelledby="voortgang-instellen-titel" className="tj-manage__section">
          <h2 id="voortgang-instellen-titel">{titleOf('voortgang-instellen')}</h2>
          <ProgressSetter trajectId={traject.id} progress={traject.progress} mode={traject.progressMode} />
        </section>
      )}
    </article>
  );
}
