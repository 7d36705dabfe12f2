import { useTranslation } from 'react-i18next';
import { TrajectOverview } from '../features/trajecten/components/TrajectOverview';
import { FeedLinks } from '../features/trajecten/components/FeedLinks';
import { useFeedLinks } from '../features/trajecten/hooks/useFeedLinks';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import '../features/trajecten/trajecten.css';

const RSS = '/feeds/trajecten.rss';
const ATOM = '/feeds/trajecten.atom';

export function TrajectenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('trajecten.overview.title'));
  useFeedLinks([
    { type: 'application/rss+xml', title: t('trajecten.feeds.rssAll'), href: RSS },
    { type: 'application/atom+xml', title: t('trajecten.feeds.atomAll'), href: ATOM },
  ]);
  return (
    <>
      <h1>{t('trajecten.overview.title')}</h1>
      <p className="lead">{t('trajecten.overview.intro')}</p>
      <FeedLinks rssUrl={RSS} atomUrl={ATOM} />
      <TrajectOverview />
    </>
  );
}
