import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ResetPasswordForm } from '../features/auth/components/ResetPasswordForm';
import { Alert } from '../ui/Alert';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  useDocumentTitle(t('resetPassword.title'));
  return (
    <div className="narrow">
      <h1>{t('resetPassword.title')}</h1>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Alert variant="error">
          <p>{t('resetPassword.missingToken')}</p>
          <p>
            <Link to="/wachtwoord-vergeten">{t('resetPassword.requestNew')}</Link>
          </p>
        </Alert>
      )}
    </div>
  );
}
