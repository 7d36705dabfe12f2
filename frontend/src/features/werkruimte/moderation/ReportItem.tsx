import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ApolloCache, Reference } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportStatus, WerkruimteReportsQuery } from '../../../generated/graphql';
import { ResolveReportMutation } from '../graphql/moderation';
import { useAction } from '../hooks/useAction';
import { threadHref } from '../hooks/useThreadListParams';
import { excerptOf } from '../lib/excerpt';
import { HideCommentForm } from '../components/HideCommentForm';
import { useFormatters } from '../../../app/format';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';

export type ReportNode = WerkruimteReportsQuery['discussionReports']['edges'][number]['node'];
export type Outcome = 'RESOLVED' | 'DISMISSED' | 'HIDDEN';

interface StoredConnection {
  edges?: { node: unknown }[];
  totalCount?: number;
}

/** A handled report leaves every cached queue it was in (they only hold reports of one status). */
function removeFromQueues(cache: ApolloCache, reportId: string) {
  cache.modify({
    fields: {
      discussionReports(existing, { readField }) {
        const queue = existing as StoredConnection;
        const edges = queue.edges?.filter((e) => readField('id', e.node as Reference) !== reportId);
        if (!edges || edges.length === queue.edges?.length) return existing;
        return { ...queue, edges, totalCount: Math.max(0, (queue.totalCount ?? 1) - 1) } as typeof existing;
      },
    },
  });
}

export interface ReportItemProps {
  report: ReportNode;
  /** After the report was closed, before it leaves the list. */
  onHandled: (report: ReportNode, outcome: Outcome) => void;
}

/** One report: what was reported, by whom and why, and (while open) what a moderator can do about it. */
export function ReportItem({ report, onHandled }: ReportItemProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const action = useAction();
  const [hiding, setHiding] = useState(false);
  const [resolve] = useMutation(ResolveReportMutation);
  const { thread, comment } = report;
  const post = comment ?? thread;
  const author = post.author?.displayName ?? t('werkruimte.comment.unknownAuthor');
  const href = comment ? `${threadHref(thread.id)}#bericht-${comment.id}` : threadHref(thread.id);
  const excerpt = post.bodyHtml ? excerptOf(post.bodyHtml) : '';
  const canHide = Boolean(comment && !comment.deleted && !comment.hidden && comment.viewerCan.hide);

  const close = (status: ReportStatus, outcome: Outcome) =>
    action.run(async () => {
      await resolve({
        variables: { input: { reportId: report.id, status } },
        update: (cache) => {
          // Told first, while the list still shows this report (to find what to focus next).
          onHandled(report, outcome);
          removeFromQueues(cache, report.id);
        },
      });
    });

  return (
    <li className="wr-report">
      <article id={`melding-${report.id}`} tabIndex={-1} aria-labelledby={titleId} className="wr-report__card">
        <h3 id={titleId} className="wr-report__title">
          <Link to={href}>
            {comment ? t('werkruimte.queue.commentIn', { title: thread.title }) : t('werkruimte.queue.openingPost', { title: thread.title })}
          </Link>
        </h3>
        <p className="wr-report__meta">
          {t('werkruimte.queue.writtenBy', { name: author })} · {thread.space.name}
        </p>
        <dl className="wr-report__details">
          <div>
            <dt>{t('werkruimte.queue.reason')}</dt>
            <dd className="wr-report__reason">{report.reason}</dd>
          </div>
          <div>
            <dt>{t('werkruimte.queue.reportedBy')}</dt>
            <dd>
              {report.reporter?.displayName ?? t('werkruimte.comment.unknownAuthor')},{' '}
              <time dateTime={report.createdAt}>{fmt.dateTime(report.createdAt)}</time>
            </dd>
          </div>
        </dl>
        {comment?.deleted ? (
          <p className="wr-report__excerpt wr-report__excerpt--gone">{t('werkruimte.comment.deleted')}</p>
        ) : (
          <blockquote className="wr-report__excerpt">
            <p>{excerpt}</p>
          </blockquote>
        )}
        {comment?.hidden && (
          <p className="wr-report__hidden">
            <span className="wr-badge wr-badge--locked">{t('werkruimte.comment.hidden')}</span>{' '}
            {comment.hiddenReason && t('werkruimte.comment.hiddenReason', { reason: comment.hiddenReason })}
          </p>
        )}
        {report.status === 'OPEN' ? (
          <>
            <div role="group" aria-label={t('werkruimte.queue.actions', { title: thread.title })} className="actions">
              {canHide && (
                <Button variant="secondary" aria-expanded={hiding} onClick={() => setHiding(!hiding)}>
                  {t('werkruimte.queue.hide')}
                </Button>
              )}
              <Button busy={action.busy} onClick={() => void close('RESOLVED', 'RESOLVED')}>
                {t('werkruimte.queue.resolve')}
              </Button>
              <Button variant="secondary" busy={action.busy} onClick={() => void close('DISMISSED', 'DISMISSED')}>
                {t('werkruimte.queue.dismiss')}
              </Button>
            </div>
            {hiding && comment && (
              <HideCommentForm
                commentId={comment.id}
                submitLabel={t('werkruimte.queue.hideSubmit')}
                onClose={() => setHiding(false)}
                onHidden={() => {
                  setHiding(false);
                  void close('RESOLVED', 'HIDDEN');
                }}
              />
            )}
            {action.error && <Alert variant="error">{action.error}</Alert>}
          </>
        ) : (
          <p className="wr-report__outcome">
            {t(`werkruimte.queue.handled.${report.status}`, {
              name: report.resolvedBy?.displayName ?? t('werkruimte.comment.unknownAuthor'),
              date: fmt.dateTime(report.resolvedAt),
            })}
          </p>
        )}
      </article>
    </li>
  );
}
