import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ThreadSummaryFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../app/format';
import { threadHref } from '../hooks/useThreadListParams';
import { ThreadBadges } from './ThreadBadges';

export function ThreadListItem({ thread, showSpace = false }: { thread: ThreadSummaryFieldsFragment; showSpace?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <li className={`wr-thread${thread.pinned ? ' wr-thread--pinned' : ''}${thread.unreadCount > 0 ? ' wr-thread--unread' : ''}`}>
      <div className="wr-thread__main">
        <ThreadBadges {...thread} />
        <h3 className="wr-thread__title">
          <Link to={threadHref(thread.id)}>{thread.title}</Link>
        </h3>
        <p className="wr-thread__meta">
          {thread.author && t('werkruimte.list.by', { name: thread.author.displayName })}
          {showSpace && <> · {thread.space.name}</>}
          {' · '}
          <span className="visually-hidden">{t('werkruimte.list.lastActivity')}: </span>
          <time dateTime={thread.lastActivityAt}>{fmt.dateTime(thread.lastActivityAt)}</time>
        </p>
        {thread.tags.length > 0 && (
          <ul className="wr-tags" aria-label={t('werkruimte.list.tags')}>
            {thread.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="wr-thread__counts">
        <span>{t('werkruimte.list.replies', { count: thread.replyCount, formatted: fmt.number(thread.replyCount) })}</span>
        {thread.unreadCount > 0 && (
          <span className="wr-unread">{t('werkruimte.list.unread', { count: thread.unreadCount })}</span>
        )}
      </div>
    </li>
  );
}
