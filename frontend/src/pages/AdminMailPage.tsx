import { useTranslation } from 'react-i18next';
import { OutgoingMailList } from '../features/admin/components/OutgoingMailList';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function AdminMailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mail.title'));
  return (
    <>
      <h1>{t('mail.title')}</h1>
      <p className="lead">{t('mail.intro')}</p>
      <OutgoingMailList />
    </>
  );
}
