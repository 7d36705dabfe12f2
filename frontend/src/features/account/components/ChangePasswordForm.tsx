import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordMutation } from '../graphql/operations';
import { useFormErrors } from '../../auth/hooks/useFormErrors';
import { MIN_PASSWORD_LENGTH } from '../../auth/components/RegisterForm';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { TextField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [saved, setSaved] = useState(false);
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const form = useFormErrors(FIELDS);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const ok = form.validate({
      currentPassword: currentPassword ? undefined : t('login.errors.passwordRequired'),
      newPassword:
        newPassword.length >= MIN_PASSWORD_LENGTH
          ? undefined
          : t('register.errors.passwordTooShort', { count: MIN_PASSWORD_LENGTH }),
    });
    if (!ok) return;
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      setSaved(true);
      setCurrentPassword('');
      setNewPassword('');
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'UNAUTHENTICATED' && Object.keys(apiError.fields).length === 0) {
        apiError.fields = { currentPassword: t('account.password.wrongCurrent') };
      }
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-labelledby="wachtwoord-titel">
      <h2 id="wachtwoord-titel">{t('account.password.title')}</h2>
      {form.general && <Alert variant="error">{form.general}</Alert>}
      {saved && <Alert variant="success">{t('account.password.saved')}</Alert>}
      <TextField
        label={t('fields.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        value={currentPassword}
        onValueChange={setCurrentPassword}
        error={form.fieldErrors.currentPassword}
        inputRef={form.register('currentPassword')}
      />
      <TextField
        label={t('fields.newPassword')}
        hint={t('register.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        type="password"
        autoComplete="new-password"
        required
        value={newPassword}
        onValueChange={setNewPassword}
        error={form.fieldErrors.newPassword}
        inputRef={form.register('newPassword')}
      />
      <Button type="submit" busy={loading}>
        {t('account.password.submit')}
      </Button>
    </form>
  );
}
