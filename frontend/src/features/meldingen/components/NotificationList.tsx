import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../app/format';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import type { NotificationFieldsFragment } from '../../../generated/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { LoadMore } from '../../../ui/Pagination';
import { dayName, groupByDay } from '../days';
import { NotificationsQuery, UnreadNotificationCountQuery } from '../graphql/operations';
import { useMarkRead } from '../hooks/useMarkRead';
import { NotificationItem } from './NotificationItem';
import '../meldingen.css';

const PAGE_SIZE = 20;

/** Your notifications grouped by day, newest first, with mark read, mark all read and "Meer laden". */
export function NotificationList() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const unread = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-first' }).data?.unreadNotificationCount;
  const { markRead, markAllRead, markingAll } = useMarkRead();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [hasNew, setHasNew] = useState(false);
  const previousUnread = useRef<number | undefined>(undefined);

  // A rise of the live count while this page is open: offer to show what came in.
  useEffect(() => {
    if (previousUnread.current !== undefined && unread !== undefined && unread > previousUnread.current) setHasNew(true);
    previousUnread.current = unread;
  }, [unread]);

  const locale = intlLocale(i18n.language);
  const formats = useMemo(
    () => ({
      day: new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }),
    }),
    [locale],
  );

  const connection = data?.notifications;
  const notifications = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const groups = useMemo(() => groupByDay(notifications), [notifications]);

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;

  async function onMarkRead(n: NotificationFieldsFragment) {
    setBusyId(n.id);
    setActionError(null);
    setDone(null);
    try {
      await markRead(n);
    } catch (err) {
      setActionError(errorMessage(toApiError(err)));
    } finally {
      setBusyId(null);
    }
  }

  async function onMarkAll() {
    setActionError(null);
    setDone(null);
    try {
      await markAllRead(notifications);
      setDone(t('meldingen.list.allMarked'));
    } catch (err) {
      setActionError(errorMessage(toApiError(err)));
    }
  }

  function dayHeading(key: string): string {
    const name = dayName(key);
    if (name.kind === 'today') return t('meldingen.list.today');
    if (name.kind === 'yesterday') return t('meldingen.list.yesterday');
    return formats.day.format(name.date);
  }

  const anyUnread = (unread ?? 0) > 0 || notifications.some((n) => !n.read);
  return (
    <>
      <div className="actions notification-actions">
        <Button variant="secondary" busy={markingAll} disabled={!anyUnread} onClick={() => void onMarkAll()}>
          {t('meldingen.list.markAllRead')}
        </Button>
        {hasNew && (
          <Button
            variant="secondary"
            busy={loading}
            onClick={() => {
              setHasNew(false);
              void refetch();
            }}
          >
            {t('meldingen.list.showNew')}
          </Button>
        )}
      </div>
      <div role="status" className="notification-status">
        {done && <p>{done}</p>}
        {hasNew && <p>{t('meldingen.list.newArrived')}</p>}
      </div>
      {actionError && <Alert variant="error">{actionError}</Alert>}
      {notifications.length === 0 ? (
        <EmptyState>{t('meldingen.list.empty')}</EmptyState>
      ) : (
        groups.map((group) => (
          <section key={group.key} className="notification-day" aria-labelledby={`dag-${group.key}`}>
            <h2 id={`dag-${group.key}`} className="notification-day__title">
              {dayHeading(group.key)}
            </h2>
            <ul className="notification-list">
              {group.items.map((n) => (
                <NotificationItem
                  key={n.id}
                  notification={n}
                  time={formats.time.format(new Date(n.createdAt))}
                  busy={busyId === n.id}
                  onMarkRead={(item) => void onMarkRead(item)}
                />
              ))}
            </ul>
          </section>
        ))
      )}
      {connection && notifications.length > 0 && (
        <LoadMore
          shown={notifications.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loading={loading}
          onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        />
      )}
    </>
  );
}
