import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { Layout } from '../ui/Layout';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { UserMenu } from '../features/auth/components/UserMenu';
import { NotificationBell } from '../features/meldingen';
import { useCurrentUser } from '../features/auth/hooks/useCurrentUser';
import { useSessionSocket } from '../features/auth/hooks/useSessionSocket';

/** Layout plus what depends on the logged-in user: navigation, user menu, session socket. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, isAdmin, loading } = useCurrentUser();
  useSessionSocket(user?.id ?? null);

  const nav = (
    <ul>
      <li>
        <NavLink to="/" end>
          {t('nav.home')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/regios">{t('nav.regions')}</NavLink>
      </li>
      {user && (
        <li>
          <NavLink to="/werkruimte">{t('werkruimte.nav')}</NavLink>
        </li>
      )}
      <li>
        <NavLink to="/trajecten">{t('trajecten.nav')}</NavLink>
      </li>
      <li>
        <NavLink to="/catalogus">{t('catalogus.nav')}</NavLink>
      </li>
      {isAdmin && (
        <li>
          <NavLink to="/beheer">{t('nav.admin')}</NavLink>
        </li>
      )}
    </ul>
  );

  const tools = (
    <>
      <LanguageSwitch />
      {user ? (
        <>
          <NotificationBell />
          <UserMenu user={user} />
        </>
      ) : (
        !loading && (
          <Link to="/aanmelden" className="login-link">
            {t('nav.login')}
          </Link>
        )
      )}
    </>
  );

  return (
    <Layout nav={nav} tools={tools}>
      {children}
    </Layout>
  );
}
