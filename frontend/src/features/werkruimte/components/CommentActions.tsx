import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CommentFieldsFragment } from '../../../generated/graphql';
import {
  AcceptAnswerMutation, DeleteCommentMutation, MarkUsefulMutation, UnacceptAnswerMutation, UnhideCommentMutation, UnmarkUsefulMutation,
} from '../graphql/mutations';
import { useAction } from '../hooks/useAction';
import { useThreadContext } from './threadContext';
import { ReportForm } from './ReportForm';
import { HideCommentForm } from './HideCommentForm';
import { useFormatters } from '../../../app/format';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

export interface CommentActionsProps {
  comment: CommentFieldsFragment;
  accepted: boolean;
  authorName: string;
  onEdit: () => void;
  onReply?: () => void;
}

/** Nuttig, answer, reply, edit, delete, report, and for moderators hide / show again. */
export function CommentActions({ comment, accepted, authorName, onEdit, onReply }: CommentActionsProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { threadId } = useThreadContext();
  const [panel, setPanel] = useState<'delete' | 'report' | 'hide' | null>(null);
  const action = useAction();
  const can = comment.viewerCan;
  const [markUseful] = useMutation(MarkUsefulMutation);
  const [unmarkUseful] = useMutation(UnmarkUsefulMutation);
  const [accept] = useMutation(AcceptAnswerMutation);
  const [unaccept] = useMutation(UnacceptAnswerMutation);
  const [remove] = useMutation(DeleteCommentMutation);
  const [unhide] = useMutation(UnhideCommentMutation);
  const input = { commentId: comment.id };

  const toggleUseful = () =>
    action.run(() => (comment.viewerFoundUseful ? unmarkUseful({ variables: { input } }) : markUseful({ variables: { input } })));

  return (
    <div className="wr-actions">
      <div role="group" aria-label={t('werkruimte.comment.actions', { name: authorName })} className="wr-actions__buttons">
        {can.react ? (
          <button
            type="button"
            className="wr-useful"
            aria-pressed={comment.viewerFoundUseful}
            aria-label={t('werkruimte.comment.usefulLabel', { count: comment.usefulCount })}
            onClick={() => void toggleUseful()}
            disabled={action.busy}
          >
            {t('werkruimte.comment.useful')} <span aria-hidden="true" className="wr-useful__count">{fmt.number(comment.usefulCount)}</span>
          </button>
        ) : (
          comment.usefulCount > 0 && (
            <span className="wr-useful-count">{t('werkruimte.comment.usefulCount', { count: comment.usefulCount })}</span>
          )
        )}
        {can.acceptAnswer && !accepted && (
          <Button variant="secondary" busy={action.busy} onClick={() => void action.run(() => accept({ variables: { input } }))}>
            {t('werkruimte.comment.markAnswer')}
          </Button>
        )}
        {can.acceptAnswer && accepted && (
          <Button variant="link" busy={action.busy} onClick={() => void action.run(() => unaccept({ variables: { input: { threadId } } }))}>
            {t('werkruimte.comment.unmarkAnswer')}
          </Button>
        )}
        {onReply && can.reply && (
          <Button variant="link" onClick={onReply}>
            {t('werkruimte.comment.reply')}
          </Button>
        )}
        {can.edit && (
          <Button variant="link" onClick={onEdit}>
            {t('werkruimte.comment.edit')}
          </Button>
        )}
        {can.delete && (
          <Button variant="link" aria-expanded={panel === 'delete'} onClick={() => setPanel(panel === 'delete' ? null : 'delete')}>
            {t('werkruimte.comment.delete')}
          </Button>
        )}
        {can.report && (
          <Button variant="link" aria-expanded={panel === 'report'} onClick={() => setPanel(panel === 'report' ? null : 'report')}>
            {t('werkruimte.comment.report')}
          </Button>
        )}
        {can.hide && !comment.hidden && (
          <Button variant="link" aria-expanded={panel === 'hide'} onClick={() => setPanel(panel === 'hide' ? null : 'hide')}>
            {t('werkruimte.comment.hide')}
          </Button>
        )}
        {can.hide && comment.hidden && (
          <Button variant="link" busy={action.busy} onClick={() => void action.run(() => unhide({ variables: { input } }))}>
            {t('werkruimte.comment.unhide')}
          </Button>
        )}
      </div>
      {action.error && <Alert variant="error">{action.error}</Alert>}
      {panel === 'delete' && (
        <div className="wr-confirm" role="group" aria-label={t('werkruimte.comment.confirmDelete')}>
          <p>{t('werkruimte.comment.confirmDelete')}</p>
          <div className="actions">
            <Button
              variant="danger"
              busy={action.busy}
              autoFocus
              onClick={() => void action.run(() => remove({ variables: { input } })).then((ok) => ok && setPanel(null))}
            >
              {t('werkruimte.comment.confirmDeleteYes')}
            </Button>
            <Button variant="secondary" onClick={() => setPanel(null)}>
              {t('werkruimte.composer.cancel')}
            </Button>
          </div>
        </div>
      )}
      {panel === 'report' && <ReportForm target={{ commentId: comment.id }} onClose={() => setPanel(null)} />}
      {panel === 'hide' && <HideCommentForm commentId={comment.id} onClose={() => setPanel(null)} />}
    </div>
  );
}
