import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CommentRevisionsQuery, ThreadRevisionsQuery } from '../graphql/operations';
import { ServerHtml } from './ServerHtml';
import { useFormatters } from '../../../app/format';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';

interface Revision {
  id: string;
  title?: string | null;
  bodyHtml: string;
  writtenAt: string;
  editor: { id: string; displayName: string } | null;
}

function Revisions({ kind, id }: { kind: 'comment' | 'thread'; id: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const comment = useQuery(CommentRevisionsQuery, { variables: { id }, skip: kind !== 'comment', fetchPolicy: 'network-only' });
  const thread = useQuery(ThreadRevisionsQuery, { variables: { id }, skip: kind !== 'thread', fetchPolicy: 'network-only' });
  const q = kind === 'comment' ? comment : thread;
  const revisions: readonly Revision[] =
    (kind === 'comment' ? comment.data?.comment.revisions : thread.data?.thread.revisions) ?? [];

  if (q.loading && !q.data) return <Loading />;
  if (q.error && !q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (revisions.length === 0) return <EmptyState>{t('werkruimte.comment.historyEmpty')}</EmptyState>;
  return (
    <ol className="wr-revisions">
      {revisions.map((r) => (
        <li key={r.id}>
          <p className="wr-revisions__meta">
            {t('werkruimte.comment.writtenAt', { date: fmt.dateTime(r.writtenAt) })}
            {r.editor && <>, {t('werkruimte.comment.editedBy', { name: r.editor.displayName })}</>}
          </p>
          {r.title && <p className="wr-revisions__title">{r.title}</p>}
          <ServerHtml html={r.bodyHtml} />
        </li>
      ))}
    </ol>
  );
}

/** "bewerkt": a button that shows the earlier versions (loaded when opened). */
export function RevisionHistory({ kind, id }: { kind: 'comment' | 'thread'; id: string }) {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn btn--link wr-edited"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('werkruimte.comment.edited')}
        <span className="visually-hidden">
          {' – '}
          {open ? t('werkruimte.comment.hideHistory') : t('werkruimte.comment.showHistory')}
        </span>
      </button>
      <div id={panelId} className="wr-history" hidden={!open}>
        {open && (
          <section aria-label={t('werkruimte.comment.historyTitle')}>
            <Revisions kind={kind} id={id} />
          </section>
        )}
      </div>
    </>
  );
}
