import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { RequireAdmin } from '../features/auth/components/RequireAuth';

export function AdminLayout() {
  const { t } = useTranslation();
  return (
    <RequireAdmin>
      <nav aria-label={t('admin.nav')} className="sub-nav">
        <ul>
          <li>
            <NavLink to="/beheer/gebruikers">{t('admin.users.title')}</NavLink>
          </li>
          <li>
            <NavLink to="/beheer/uitgaande-mail">{t('mail.title')}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </RequireAdmin>
  );
}
