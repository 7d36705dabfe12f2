import { useTranslation } from 'react-i18next';
import { ForgotPasswordForm } from '../features/auth/components/ForgotPasswordForm';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgotPassword.title'));
  return (
    <div className="narrow">
      <h1>{t('forgotPassword.title')}</h1>
      <p className="lead">{t('forgotPassword.intro')}</p>
      <ForgotPasswordForm />
    </div>
  );
}
