import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ThreadQuery } from '../graphql/operations';
import { MarkThreadReadMutation } from '../graphql/mutations';
import { spaceHref } from '../hooks/useThreadListParams';
import { useThreadLive } from '../hooks/useThreadLive';
import { useThreadPresence } from '../hooks/useThreadPresence';
import { useScrollToComment } from '../hooks/useScrollToComment';
import { ThreadContext, type ThreadContextValue } from './threadContext';
import { OpeningPost } from './OpeningPost';
import { ModeratorControls } from './ModeratorControls';
import { FollowButton } from '../../meldingen';
import { CommentThreadItem } from './CommentItem';
import { CommentComposer } from './CommentComposer';
import { PresenceBar } from './PresenceBar';
import { NewMessagesMarker } from './NewMessagesMarker';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { toApiError } from '../../../app/errors';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../werkruimte.css';

export const COMMENTS_PAGE = 50;
/** The first subscription has no position yet: one quiet refetch closes the gap between page load and subscribing. */
const SETTLE_REFETCH_MS = 1500;

function CommentList({ ids, firstNew }: { ids: readonly string[]; firstNew: string | undefined }) {
  return (
    <ol className="wr-comments__list">
      {ids.map((id) => (
        <CommentThreadItem key={id} id={id} newSince={id === firstNew} />
      ))}
    </ol>
  );
}

/** /werkruimte/onderwerp/:id — the opening post, comments with replies, live updates and presence. */
export function ThreadView({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const meId = user?.id ?? null;
  const { data, loading, error, refetch, fetchMore } = useQuery(ThreadQuery, {
    variables: { id: threadId, first: COMMENTS_PAGE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const thread = data?.thread;
  useDocumentTitle(thread?.title ?? (loading ? undefined : t('notFound.title')));

  const presence = useThreadPresence(threadId, meId);
  const onGap = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const live = useThreadLive({ threadId, meId, onGap, onOthersComment: (c) => c.author && presence.stoppedTyping(c.author.id) });

  useEffect(() => {
    const timer = setTimeout(onGap, SETTLE_REFETCH_MS);
    return () => clearTimeout(timer);
  }, [onGap]);

  // "Nieuw sinds je laatste bezoek": the moment of the previous visit, kept while on the page.
  const [lastReadAt, setLastReadAt] = useState<string | null | undefined>(undefined);
  const [markRead] = useMutation(MarkThreadReadMutation);
  const loaded = Boolean(thread);
  useEffect(() => {
    if (!loaded || lastReadAt !== undefined) return;
    setLastReadAt(thread?.lastReadAt ?? null);
    void markRead({ variables: { input: { threadId } } }).catch(() => undefined);
  }, [loaded, lastReadAt, thread?.lastReadAt, markRead, threadId]);
  // Reading new comments as they arrive keeps the thread read (at most every few seconds).
  const readTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (live.liveIds.length === 0) return undefined;
    clearTimeout(readTimer.current);
    readTimer.current = setTimeout(() => void markRead({ variables: { input: { threadId } } }).catch(() => undefined), 3000);
    return () => clearTimeout(readTimer.current);
  }, [live.liveIds.length, markRead, threadId]);

  const pageInfo = thread?.comments.pageInfo;
  useScrollToComment(loaded, {
    hasNext: Boolean(pageInfo?.hasNextPage),
    loading,
    load: () => void fetchMore({ variables: { after: pageInfo?.endCursor } }).catch(() => undefined),
  });

  const context = useMemo<ThreadContextValue | null>(
    () =>
      thread
        ? {
            threadId,
            spaceId: thread.space.id,
            acceptedAnswerId: thread.acceptedAnswer?.id ?? null,
            lastReadAt: lastReadAt ?? null,
            meId,
            onPosted: live.addComment,
            onTyping: presence.notifyTyping,
          }
        : null,
    [thread, threadId, lastReadAt, meId, live.addComment, presence.notifyTyping],
  );

  if (loading && !data) return <Loading />;
  if (error && !data) {
    const code = toApiError(error).code;
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NotFound />;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  if (!thread || !context) return <NotFound />;

  const connection = thread.comments;
  const loadedIds = connection.edges.map((e) => e.node.id);
  const ids = [...loadedIds, ...live.liveIds.filter((id) => !loadedIds.includes(id))];
  const createdAt = new Map(connection.edges.map((e) => [e.node.id, e.node]));
  // With more pages to load, what arrived live waits below the "load more" button.
  const hasNext = connection.pageInfo.hasNextPage;
  const [head, tail] = hasNext ? [loadedIds, ids.slice(loadedIds.length)] : [ids, []];
  const firstNew = lastReadAt
    ? ids.find((id) => {
        const c = createdAt.get(id);
        return c && c.createdAt > lastReadAt && c.author?.id !== meId;
      })
    : undefined;

  return (
    <ThreadContext.Provider value={context}>
      <article className="wr-thread-page" aria-labelledby="onderwerp-titel">
        <p className="breadcrumb">
          <Link to={spaceHref(thread.space.slug)}>{t('werkruimte.thread.back', { space: thread.space.name })}</Link>
        </p>
        <OpeningPost thread={thread} titleId="onderwerp-titel" />
        <FollowButton targetType="THREAD" targetId={thread.id} />
        {thread.status === 'ANSWERED' && thread.acceptedAnswer && (
          <Alert variant="success">
            <p>
              {t('werkruimte.thread.answered')} <a href={`#bericht-${thread.acceptedAnswer.id}`}>{t('werkruimte.thread.toAnswer')}</a>
            </p>
          </Alert>
        )}
        {thread.locked && <Alert variant="info">{t('werkruimte.thread.lockedNotice')}</Alert>}
        {thread.status === 'CLOSED' && <Alert variant="info">{t('werkruimte.thread.closedNotice')}</Alert>}
        {live.status === 'denied' && <Alert variant="error">{t('werkruimte.thread.noAccessAnymore')}</Alert>}
        {thread.viewerCan.moderate && <ModeratorControls thread={thread} />}
        <PresenceBar viewers={presence.viewers} typists={presence.typists} />

        <section aria-labelledby="reacties" className="wr-comments">
          <h2 id="reacties">{t('werkruimte.thread.commentsHeading', { count: thread.replyCount })}</h2>
          <p className="visually-hidden" role="status" aria-live="polite">
            {live.announcement}
          </p>
          {ids.length === 0 && <EmptyState>{t('werkruimte.thread.noComments')}</EmptyState>}
          {head.length > 0 && <CommentList ids={head} firstNew={firstNew} />}
          {hasNext && (
            <Button
              variant="secondary"
              busy={loading}
              onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            >
              {t('werkruimte.thread.loadMoreComments')}
            </Button>
          )}
          {tail.length > 0 && <CommentList ids={tail} firstNew={firstNew} />}
          <div ref={live.endRef} className="wr-comments__end" />
          <NewMessagesMarker count={live.unseen.length} onShow={live.showUnseen} />
        </section>

        {thread.viewerCan.comment ? (
          <section aria-labelledby="reageren" className="wr-respond">
            <h2 id="reageren">{t('werkruimte.composer.heading')}</h2>
            <CommentComposer label={t('werkruimte.composer.label')} submitLabel={t('werkruimte.composer.submit')} />
          </section>
        ) : (
          <p className="wr-cannot">{t('werkruimte.composer.cannotComment')}</p>
        )}
      </article>
    </ThreadContext.Provider>
  );
}
