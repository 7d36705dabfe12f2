import { useTranslation } from 'react-i18next';
import { UsersAdmin } from '../features/admin/components/UsersAdmin';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function AdminUsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.users.title'));
  return (
    <>
      <h1>{t('admin.users.title')}</h1>
      <p className="lead">{t('admin.users.intro')}</p>
      <UsersAdmin />
    </>
  );
}
