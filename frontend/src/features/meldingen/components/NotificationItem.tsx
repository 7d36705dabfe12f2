import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationFieldsFragment } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';

export interface NotificationItemProps {
  notification: NotificationFieldsFragment;
  time: string;
  busy: boolean;
  onMarkRead: (notification: NotificationFieldsFragment) => void;
}

/** One notification: what happened (a deep link to the comment or update), when and where. */
export function NotificationItem({ notification: n, time, busy, onMarkRead }: NotificationItemProps) {
  const { t } = useTranslation();
  return (
    <li className={`notification${n.read ? '' : ' notification--unread'}`}>
      <p className="notification__summary">
        {!n.read && <span className="notification__new">{t('meldingen.list.unread')}</span>}
        {/* Opening it marks it read; the mutation carries on while the app navigates. */}
        <Link to={n.link} onClick={() => !n.read && onMarkRead(n)}>
          {n.summary}
        </Link>
      </p>
      {n.excerpt && <p className="notification__excerpt">{n.excerpt}</p>}
      <p className="notification__meta">
        <time dateTime={n.createdAt}>{time}</time>
        {n.context.title && n.context.kind !== 'ACCOUNT' && (
          <>
            {' · '}
            {t(`meldingen.contextKinds.${n.context.kind}`)}: {n.context.title}
          </>
        )}
      </p>
      {!n.read && (
        <Button variant="link" className="notification__mark" busy={busy} onClick={() => onMarkRead(n)}>
          {t('meldingen.list.markRead')}
          <span className="visually-hidden">: {n.summary}</span>
        </Button>
      )}
    </li>
  );
}
