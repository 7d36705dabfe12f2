import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadDetailFieldsFragment } from '../../../generated/graphql';
import { ThreadBadges } from './ThreadBadges';
import { PersonName } from './PersonName';
import { RevisionHistory } from './RevisionHistory';
import { ServerHtml } from './ServerHtml';
import { ReportForm } from './ReportForm';
import { ThreadEditForm } from './ThreadEditForm';
import { useFormatters } from '../../../app/format';
import { Button } from '../../../ui/Button';

/** The thread's title (the page's h1), its labels, author, opening post and tags. */
export function OpeningPost({ thread, titleId }: { thread: ThreadDetailFieldsFragment; titleId?: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [panel, setPanel] = useState<'edit' | 'report' | null>(null);

  return (
    <header className="wr-opening">
      <ThreadBadges {...thread} />
      <h1 id={titleId} className="wr-opening__title">{thread.title}</h1>
      <p className="wr-opening__meta">
        {thread.author ? <PersonName person={thread.author} /> : <PersonName person={null} />}{' '}
        <span>
          {t('werkruimte.thread.on')} <time dateTime={thread.createdAt}>{fmt.dateTime(thread.createdAt)}</time>
        </span>
        {thread.editedAt && <> · <RevisionHistory kind="thread" id={thread.id} /></>}
        {' · '}
        {t('werkruimte.thread.participants', { count: thread.participantCount })}
      </p>
      {panel === 'edit' ? (
        <ThreadEditForm thread={thread} onDone={() => setPanel(null)} />
      ) : (
        <ServerHtml html={thread.bodyHtml} className="markdown wr-opening__body" />
      )}
      {thread.tags.length > 0 && (
        <ul className="wr-tags" aria-label={t('werkruimte.list.tags')}>
          {thread.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {panel !== 'edit' && (thread.viewerCan.edit || thread.viewerCan.report) && (
        <div className="actions wr-opening__actions">
          {thread.viewerCan.edit && (
            <Button variant="link" onClick={() => setPanel('edit')}>
              {t('werkruimte.thread.editPost')}
            </Button>
          )}
          {thread.viewerCan.report && (
            <Button variant="link" aria-expanded={panel === 'report'} onClick={() => setPanel(panel === 'report' ? null : 'report')}>
              {t('werkruimte.thread.reportPost')}
            </Button>
          )}
        </div>
      )}
      {panel === 'report' && <ReportForm target={{ threadId: thread.id }} onClose={() => setPanel(null)} />}
    </header>
  );
}
