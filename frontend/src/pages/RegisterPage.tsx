import { useTranslation } from 'react-i18next';
import { RegisterForm } from '../features/auth/components/RegisterForm';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('register.title'));
  return (
    <div className="narrow">
      <h1>{t('register.title')}</h1>
      <p className="lead">{t('register.intro')}</p>
      <RegisterForm />
    </div>
  );
}
