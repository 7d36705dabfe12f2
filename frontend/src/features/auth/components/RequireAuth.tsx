import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

/** Anonymous visitors are sent to /aanmelden and come back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, loading } = useCurrentUser();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!user) return <Navigate to="/aanmelden" replace state={{ from: location }} />;
  return <>{children}</>;
}

function NoAccess() {
  const { t } = useTranslation();
  useDocumentTitle(t('noAccess.title'));
  return (
    <>
      <h1>{t('noAccess.title')}</h1>
      <p>{t('noAccess.body')}</p>
    </>
  );
}

/** Administrators only; logged-in non-admins see "Geen toegang". */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { user, loading, isAdmin } = useCurrentUser();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!user) return <Navigate to="/aanmelden" replace state={{ from: location }} />;
  if (!isAdmin) return <NoAccess />;
  return <>{children}</>;
}
