import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CommentFieldsFragment, WerkruimteThreadActivitySubscription } from '../../../generated/graphql';
import { CommentReplyIdsFragment } from '../graphql/fragments';
import { ThreadActivitySubscription } from '../graphql/operations';
import { useResumableSubscription } from './useResumableSubscription';

export type ThreadEvent = WerkruimteThreadActivitySubscription['threadActivity'];

const commentRef = (id: string) => ({ __typename: 'Comment' as const, id });

/** A top-level comment that arrived live gets an (empty) list of replies in the cache. */
function ensureReplies(cache: ApolloCache, id: string): void {
  const cacheId = cache.identify(commentRef(id));
  const existing = cache.readFragment({ id: cacheId, fragment: CommentReplyIdsFragment, returnPartialData: true });
  if (existing?.replies) return;
  cache.writeFragment({ id: cacheId, fragment: CommentReplyIdsFragment, data: { ...commentRef(id), replies: [] } });
}

/** A reply that arrived live is added to its parent's replies (once). */
function appendReply(cache: ApolloCache, parentId: string, replyId: string): void {
  cache.modify({
    id: cache.identify(commentRef(parentId)),
    fields: {
      replies(existing: readonly Reference[] = [], { readField, toReference }) {
        if (existing.some((r) => readField('id', r) === replyId)) return existing;
        const ref = toReference(commentRef(replyId));
        return ref ? [...existing, ref] : existing;
      },
    },
  });
}

export interface ThreadLiveOptions {
  threadId: string;
  meId: string | null;
  /** Refetch the thread: events may have been missed. */
  onGap: () => void;
  /** Someone else's comment or reply arrived. */
  onOthersComment?: (comment: CommentFieldsFragment) => void;
}

/**
 * The thread page's live state: comments arriving through threadActivity (which also updates
 * edits, deletions, reactions and the thread's status in the cache), the ones that arrived while
 * the reader was scrolled up ("n nieuwe berichten"), and a sentence for the live region.
 */
export function useThreadLive({ threadId, meId, onGap, onOthersComment }: ThreadLiveOptions) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [liveIds, setLiveIds] = useState<string[]>([]);
  const [unseen, setUnseen] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const endRef = useRef<HTMLDivElement | null>(null);

  const atBottom = useCallback(() => {
    const end = endRef.current;
    return !end || end.getBoundingClientRect().top <= window.innerHeight;
  }, []);

  /** A comment to show, from an event or from our own mutation (the cache already holds it). */
  const addComment = useCallback(
    (comment: Pick<CommentFieldsFragment, 'id' | 'parentId'>) => {
      if (comment.parentId) {
        appendReply(client.cache, comment.parentId, comment.id);
      } else {
        ensureReplies(client.cache, comment.id);
        setLiveIds((ids) => (ids.includes(comment.id) ? ids : [...ids, comment.id]));
      }
    },
    [client],
  );

  const status = useResumableSubscription({
    query: ThreadActivitySubscription,
    variables: { threadId },
    pick: (d) => d.threadActivity,
    onGap,
    onEvent: (event: ThreadEvent) => {
      const comment = event.comment;
      if (event.type !== 'COMMENT_ADDED' || !comment) return;
      addComment(comment);
      if (!comment.author || comment.author.id === meId) return;
      onOthersComment?.(comment);
      const name = comment.author.displayName;
      setAnnouncement(t(comment.parentId ? 'werkruimte.thread.liveReply' : 'werkruimte.thread.liveComment', { name }));
      if (!atBottom()) setUnseen((ids) => [...ids, comment.id]);
    },
  });

  // Reaching the end of the comments counts as having seen the new ones.
  useEffect(() => {
    if (unseen.length === 0) return undefined;
    const onScroll = () => {
      if (atBottom()) setUnseen([]);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [unseen.length, atBottom]);

  /** "n nieuwe berichten" clicked: go to the first new one. */
  const showUnseen = useCallback(() => {
    const first = unseen[0];
    setUnseen([]);
    if (!first) return;
    const el = document.getElementById(`bericht-${first}`);
    el?.scrollIntoView?.({ block: 'start' });
    el?.focus();
  }, [unseen]);

  return { status, liveIds, unseen, showUnseen, announcement, addComment, endRef };
}
