import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FollowsOverview } from '../features/meldingen/components/FollowsOverview';
import { NotificationPreferencesForm } from '../features/meldingen/components/NotificationPreferencesForm';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** /account/meldingen (signed in): e-mail per type of notification, and everything you follow. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('meldingen.settings.title'));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/account">{t('nav.account')}</Link>
      </p>
      <h1>{t('meldingen.settings.title')}</h1>
      <p className="lead">{t('meldingen.settings.intro')}</p>
      <section aria-labelledby="e-mail-titel">
        <h2 id="e-mail-titel">{t('meldingen.preferences.title')}</h2>
        <p>{t('meldingen.preferences.intro')}</p>
        <NotificationPreferencesForm />
      </section>
      <section aria-labelledby="volgen-titel">
        <h2 id="volgen-titel">{t('meldingen.follows.title')}</h2>
        <p>{t('meldingen.follows.intro')}</p>
        <FollowsOverview />
      </section>
    </>
  );
}
