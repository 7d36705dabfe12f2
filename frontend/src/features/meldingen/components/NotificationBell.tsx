import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useFormatters } from '../../../app/format';
import { useUnreadCount } from '../hooks/useUnreadCount';
import '../meldingen.css';

function BellIcon() {
  return (
    <svg className="bell__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Zm-2 1H7v-6a5 5 0 0 1 10 0v6Z"
      />
    </svg>
  );
}

/**
 * The bell in the header (signed-in people only): a link to /meldingen whose name says how many
 * notifications are unread. The count is live; a rise is announced politely.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const count = useUnreadCount();
  const previous = useRef<number | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (count === null) return;
    if (previous.current !== null && count > previous.current) {
      setAnnouncement(t('meldingen.bell.announce', { count }));
    }
    previous.current = count;
  }, [count, t]);

  const unread = count ?? 0;
  return (
    <div className="bell">
      <NavLink to="/meldingen" className="bell__link">
        <BellIcon />
        <span className="visually-hidden">
          {unread > 0 ? t('meldingen.bell.labelUnread', { count: unread }) : t('meldingen.bell.label')}
        </span>
        {unread > 0 && (
          <span className="bell__badge" aria-hidden="true">
            {unread > 99 ? '99+' : fmt.number(unread)}
          </span>
        )}
      </NavLink>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </div>
  );
}
