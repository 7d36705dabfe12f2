import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { VerifyEmail } from '../features/auth/components/VerifyEmail';
import { Alert } from '../ui/Alert';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  useDocumentTitle(t('verifyEmail.title'));
  return (
    <div className="narrow">
      <h1>{t('verifyEmail.title')}</h1>
      {token ? <VerifyEmail token={token} /> : <Alert variant="error">{t('verifyEmail.missingToken')}</Alert>}
    </div>
  );
}
