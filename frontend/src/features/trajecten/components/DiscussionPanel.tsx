import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ThreadsQuery } from '../../werkruimte/graphql/operations';
import { spaceHref } from '../../werkruimte/hooks/useThreadListParams';
import { ThreadListItem } from '../../werkruimte/components/ThreadListItem';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import '../../werkruimte/werkruimte.css';

/** The traject's werkruimte space, as `Traject.space` gives it. */
export interface DiscussionSpace {
  id: string;
  slug: string;
  name: string;
  viewerCan: { post: boolean };
}

const THREADS_SHOWN = 10;
// The werkruimte's address for a new topic, with this space chosen (see features/werkruimte: /werkruimte/nieuw?ruimte=<slug>).
const newThreadHref = (slug: string) => `/werkruimte/nieuw?ruimte=${encodeURIComponent(slug)}`;

/** The latest threads of the traject's werkruimte space (pinned first), a link to start one and one to the space itself. */
export function DiscussionPanel({ space }: { space: DiscussionSpace }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ThreadsQuery, {
    variables: { spaceId: space.id, first: THREADS_SHOWN, sort: 'ACTIVITY' },
  });
  const threads = data?.threads.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <h2>{t('trajecten.discussion.title')}</h2>
      <p>
        {space.viewerCan.post && (
          <>
            <Link className="btn btn--primary" to={newThreadHref(space.slug)}>{t('trajecten.discussion.newThread')}</Link>{' '}
          </>
        )}
        <Link to={spaceHref(space.slug)}>{t('trajecten.discussion.open', { name: space.name })}</Link>
      </p>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : threads.length === 0 ? (
        <EmptyState>{t('trajecten.discussion.empty')}</EmptyState>
      ) : (
        <ul className="wr-threads" aria-label={t('trajecten.discussion.title')}>
          {threads.map((thread) => (
            <ThreadListItem key={thread.id} thread={thread} />
          ))}
        </ul>
      )}
    </>
  );
}
