import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { LoginForm } from '../features/auth/components/LoginForm';
import { useCurrentUser } from '../features/auth/hooks/useCurrentUser';
import { Alert } from '../ui/Alert';
import { useDocumentTitle } from '../ui/useDocumentTitle';

interface LoginState {
  from?: Location;
  revoked?: boolean;
}

/** Only internal paths, never protocol-relative ones. */
function returnPath(state: LoginState | null): string {
  const from = state?.from;
  const path = from ? `${from.pathname}${from.search ?? ''}${from.hash ?? ''}` : '/';
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/aanmelden') ? path : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { user, loading } = useCurrentUser();
  const state = (location.state ?? null) as LoginState | null;
  useDocumentTitle(t('login.title'));

  if (!loading && user) return <Navigate to={returnPath(state)} replace />;

  return (
    <div className="narrow">
      <h1>{t('login.title')}</h1>
      {state?.revoked && <Alert variant="info">{t('login.revoked')}</Alert>}
      {state?.from && !state.revoked && <Alert variant="info">{t('login.required')}</Alert>}
      <LoginForm onSuccess={() => navigate(returnPath(state), { replace: true })} />
    </div>
  );
}
