import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TrajectQuery } from '../graphql/operations';
import { useTrajectLive } from '../hooks/useTrajectLive';
import { useFeedLinks, type FeedLink } from '../hooks/useFeedLinks';
import { toApiError } from '../../../app/errors';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { TrajectHeader } from './TrajectHeader';
import { SubscribeControl } from './SubscribeControl';
import { FollowButton } from '../../meldingen';
import { Tabs, type TabItem } from './Tabs';
import { UpdatesTimeline } from './UpdatesTimeline';
import { MilestonesTimeline } from './MilestonesTimeline';
import { ProgressChart } from './ProgressChart';
import { IndicatorsList } from './IndicatorsList';
import { RolloutPanel } from './RolloutPanel';
import { TeamPanel } from './TeamPanel';
import { DiscussionPanel } from './DiscussionPanel';
import { Markdown } from './Markdown';
import { FeedLinks } from './FeedLinks';
import { LiveMessages } from './LiveMessages';
import '../trajecten.css';

export function TrajectDetail({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(TrajectQuery, { variables: { slug } });
  const traject = data?.traject;
  const live = useTrajectLive(traject?.id);
  const notFound = !!error && toApiError(error).code === 'NOT_FOUND';
  useDocumentTitle(traject?.title ?? (loading ? undefined : t('notFound.title')));

  const feeds: FeedLink[] = [];
  if (traject?.rssUrl) feeds.push({ type: 'application/rss+xml', title: t('trajecten.feeds.rssOf', { title: traject.title }), href: traject.rssUrl });
  if (traject?.atomUrl) feeds.push({ type: 'application/atom+xml', title: t('trajecten.feeds.atomOf', { title: traject.title }), href: traject.atomUrl });
  if (traject?.icalUrl) feeds.push({ type: 'text/calendar', title: t('trajecten.feeds.icalOf', { title: traject.title }), href: traject.icalUrl });
  useFeedLinks(feeds);

  if (loading && !data) return <Loading />;
  if (notFound) return <NotFound />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!traject) return <NotFound />;

  const tabs: TabItem[] = [
    {
      id: 'berichten',
      label: t('trajecten.tabs.updates', { count: traject.publishedUpdateCount }),
      render: () => (
        <>
          <h2>{t('trajecten.updates.title')}</h2>
          <FeedLinks rssUrl={traject.rssUrl} atomUrl={traject.atomUrl} />
          <UpdatesTimeline trajectId={traject.id} freshIds={live.freshIds} />
        </>
      ),
    },
    {
      id: 'mijlpalen',
      label: t('trajecten.tabs.milestones', { count: traject.milestones.length }),
      render: () => (
        <>
          <h2>{t('trajecten.milestones.title')}</h2>
          <FeedLinks rssUrl={null} atomUrl={null} icalUrl={traject.icalUrl} />
          <MilestonesTimeline milestones={traject.milestones} />
        </>
      ),
    },
    {
      id: 'voortgang',
      label: t('trajecten.tabs.progress'),
      render: () => (
        <>
          <h2>{t('trajecten.chart.heading')}</h2>
          <ProgressChart history={traject.progressHistory} />
          <IndicatorsList indicators={traject.indicators} />
        </>
      ),
    },
    { id: 'uitrol', label: t('trajecten.tabs.rollout'), render: () => <RolloutPanel slug={traject.slug} /> },
    { id: 'team', label: t('trajecten.tabs.team'), render: () => <TeamPanel team={traject.team} partners={traject.partners} /> },
  ];
  // The traject's werkruimte space (Traject.space): null when signed out or not allowed to read it.
  const space = traject.space;
  if (space) tabs.push({ id: 'discussie', label: t('trajecten.tabs.discussion'), render: () => <DiscussionPanel space={space} /> });

  const selectTab = (id: string) => {
    const next = new URLSearchParams(params);
    if (id === 'berichten') next.delete('tab');
    else next.set('tab', id);
    setParams(next, { replace: true, preventScrollReset: true });
  };

  return (
    <article className="tj-detail">
      <TrajectHeader traject={traject} />
      <LiveMessages messages={live.messages} />
      <div className="tj-detail__columns">
        <div className="tj-detail__main">
          {traject.description && (
            <section aria-labelledby="over-traject">
              <h2 id="over-traject">{t('trajecten.detail.about')}</h2>
              <Markdown source={traject.description} />
            </section>
          )}
        </div>
        <aside className="tj-detail__aside" aria-label={t('trajecten.detail.asideLabel')}>
          <SubscribeControl trajectId={traject.id} slug={traject.slug} title={traject.title} subscription={traject.viewerSubscription} />
          <FollowButton targetType="TRAJECT" targetId={traject.id} />
          {traject.viewerCanPublish && (
            <section className="panel" aria-labelledby="teamtools">
              <h2 id="teamtools">{t('trajecten.detail.teamTools')}</h2>
              <p>
                <Link to={`/trajecten/${traject.slug}/beheer`}>{t('trajecten.detail.manageLink')}</Link>
              </p>
              {traject.viewerCanManage && traject.pendingRequestCount > 0 && (
                <p className="badge badge--warn">
                  {t('trajecten.detail.pendingRequests', { count: traject.pendingRequestCount })}
                </p>
              )}
            </section>
          )}
        </aside>
      </div>
      <Tabs label={t('trajecten.tabs.label')} tabs={tabs} selected={params.get('tab') ?? 'berichten'} onSelect={selectTab} />
    </article>
  );
}
