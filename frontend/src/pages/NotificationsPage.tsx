import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationList } from '../features/meldingen/components/NotificationList';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** /meldingen (signed in): your notifications. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('meldingen.list.title'));
  return (
    <>
      <h1>{t('meldingen.list.title')}</h1>
      <p className="lead">
        {t('meldingen.list.intro')} <Link to="/account/meldingen">{t('meldingen.list.settingsLink')}</Link>
      </p>
      <NotificationList />
    </>
  );
}
