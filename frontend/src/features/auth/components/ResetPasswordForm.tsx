import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResetPasswordMutation } from '../graphql/operations';
import { useFormErrors } from '../hooks/useFormErrors';
import { MIN_PASSWORD_LENGTH } from './RegisterForm';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { TextField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

const FIELDS = ['password', 'confirm'] as const;

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const form = useFormErrors(FIELDS);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = form.validate({
      password:
        password.length >= MIN_PASSWORD_LENGTH
          ? undefined
          : t('register.errors.passwordTooShort', { count: MIN_PASSWORD_LENGTH }),
      confirm: confirm === password ? undefined : t('resetPassword.errors.mismatch'),
    });
    if (!ok) return;
    try {
      await reset({ variables: { input: { token, password } } });
      setDone(true);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.fields.newPassword) apiError.fields.password = apiError.fields.newPassword;
      if (apiError.fields.token) {
        apiError.fields = { ...apiError.fields, token: t('resetPassword.errors.invalidToken') };
      }
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  if (done) {
    return (
      <Alert variant="success">
        <p>{t('resetPassword.done')}</p>
        <p>
          <Link to="/aanmelden">{t('resetPassword.loginLink')}</Link>
        </p>
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <TextField
        label={t('fields.newPassword')}
        hint={t('register.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onValueChange={setPassword}
        error={form.fieldErrors.password}
        inputRef={form.register('password')}
      />
      <TextField
        label={t('fields.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        onValueChange={setConfirm}
        error={form.fieldErrors.confirm}
        inputRef={form.register('confirm')}
      />
      <Button type="submit" busy={loading}>
        {t('resetPassword.submit')}
      </Button>
    </form>
  );
}
