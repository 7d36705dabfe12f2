import { useTranslation } from 'react-i18next';
import { ProfileForm } from '../features/account/components/ProfileForm';
import { ChangePasswordForm } from '../features/account/components/ChangePasswordForm';
import { SessionsList } from '../features/account/components/SessionsList';
import { ResendVerification } from '../features/account/components/ResendVerification';
import { useCurrentUser } from '../features/auth/hooks/useCurrentUser';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** Rendered inside RequireAuth, so the user is known. */
export function AccountPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  useDocumentTitle(t('account.title'));
  if (!user) return null;
  return (
    <>
      <h1>{t('account.title')}</h1>
      {!user.emailVerified && <ResendVerification />}
      <div className="two-columns">
        <ProfileForm key={user.id} user={user} />
        <ChangePasswordForm />
      </div>
      <SessionsList />
    </>
  );
}
