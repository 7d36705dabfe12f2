import { useId, useState } from 'react';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CommentFieldsFragment } from '../../../generated/graphql';
import { CommentWithRepliesFragment } from '../graphql/fragments';
import { useThreadContext } from './threadContext';
import { CommentActions } from './CommentActions';
import { CommentComposer } from './CommentComposer';
import { PersonName } from './PersonName';
import { RevisionHistory } from './RevisionHistory';
import { ServerHtml } from './ServerHtml';
import { useFormatters } from '../../../app/format';

/** The text of a comment, or what stands in its place. */
function CommentBody({ comment }: { comment: CommentFieldsFragment }) {
  const { t } = useTranslation();
  if (comment.deleted) return <p className="wr-comment__gone">{t('werkruimte.comment.deleted')}</p>;
  if (comment.hidden && comment.bodyHtml === null) {
    return (
      <p className="wr-comment__gone">
        {t('werkruimte.comment.hidden')}
        {comment.hiddenReason && <>. {t('werkruimte.comment.hiddenReason', { reason: comment.hiddenReason })}</>}
      </p>
    );
  }
  return (
    <>
      {comment.hidden && (
        <p className="wr-comment__notice">{t('werkruimte.comment.hiddenForYou', { reason: comment.hiddenReason ?? '' })}</p>
      )}
      {comment.bodyHtml !== null && <ServerHtml html={comment.bodyHtml} />}
    </>
  );
}

export interface CommentCardProps {
  comment: CommentFieldsFragment;
  onReply?: () => void;
}

/** One comment or reply: author, time, "bewerkt", text, actions, or the edit form. */
export function CommentCard({ comment, onReply }: CommentCardProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const nameId = useId();
  const { acceptedAnswerId } = useThreadContext();
  const [editing, setEditing] = useState(false);
  const accepted = acceptedAnswerId === comment.id;
  const authorName = comment.author?.displayName ?? t('werkruimte.comment.unknownAuthor');

  return (
    <article
      id={`bericht-${comment.id}`}
      tabIndex={-1}
      aria-labelledby={nameId}
      className={`wr-comment${accepted ? ' wr-comment--accepted' : ''}${comment.deleted ? ' wr-comment--deleted' : ''}`}
    >
      <header className="wr-comment__header">
        <PersonName person={comment.author} id={nameId} />
        <span className="wr-comment__time">
          <time dateTime={comment.createdAt}>{fmt.dateTime(comment.createdAt)}</time>
        </span>
        {comment.edited && !comment.deleted && <RevisionHistory kind="comment" id={comment.id} />}
        {accepted && <span className="wr-badge wr-badge--status-answered">{t('werkruimte.comment.acceptedAnswer')}</span>}
      </header>
      {editing && comment.body !== null ? (
        <CommentComposer
          editing={{ id: comment.id, body: comment.body }}
          label={t('werkruimte.composer.editLabel')}
          submitLabel={t('werkruimte.composer.save')}
          onDone={() => setEditing(false)}
          onCancel={() => setEditing(false)}
          autoFocus
        />
      ) : (
        <CommentBody comment={comment} />
      )}
      {!editing && (
        <CommentActions comment={comment} accepted={accepted} authorName={authorName} onEdit={() => setEditing(true)} onReply={onReply} />
      )}
    </article>
  );
}

/** A top-level comment with its replies (one level) and the reply form, read from the cache. */
export function CommentThreadItem({ id, newSince }: { id: string; newSince: boolean }) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const { data, complete } = useFragment({
    fragment: CommentWithRepliesFragment,
    fragmentName: 'CommentWithReplies',
    from: { __typename: 'Comment', id },
  });
  if (!complete || !data) return null;
  const authorName = data.author?.displayName ?? t('werkruimte.comment.unknownAuthor');

  return (
    <li className="wr-comments__item">
      {newSince && (
        <h3 className="wr-divider">
          <span>{t('werkruimte.thread.newSinceLastVisit')}</span>
        </h3>
      )}
      <CommentCard comment={data} onReply={() => setReplying(true)} />
      {data.replies.length > 0 && (
        <ol className="wr-replies" aria-label={t('werkruimte.comment.replies')}>
          {data.replies.map((reply) => (
            <li key={reply.id}>
              <CommentCard comment={reply} />
            </li>
          ))}
        </ol>
      )}
      {replying && (
        <div className="wr-replies wr-replies--form">
          <CommentComposer
            parentId={id}
            label={t('werkruimte.composer.replyLabel', { name: authorName })}
            submitLabel={t('werkruimte.composer.submitReply')}
            onDone={() => setReplying(false)}
            onCancel={() => setReplying(false)}
            autoFocus
          />
        </div>
      )}
    </li>
  );
}
