import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoginMutation } from '../graphql/operations';
import { useAuthActions } from '../hooks/useAuthActions';
import type { CurrentUser } from '../hooks/useCurrentUser';
import { useFormErrors } from '../hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { TextField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

const FIELDS = ['email', 'password'] as const;

export function LoginForm({ onSuccess }: { onSuccess: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading }] = useMutation(LoginMutation);
  const { resetAfterLogin } = useAuthActions();
  const form = useFormErrors(FIELDS);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = form.validate({
      email: email.trim() ? undefined : t('login.errors.emailRequired'),
      password: password ? undefined : t('login.errors.passwordRequired'),
    });
    if (!ok) return;
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      if (!data) return;
      await resetAfterLogin();
      onSuccess(data.login);
    } catch (error) {
      const apiError = toApiError(error);
      form.showApiError(
        apiError,
        apiError.code === 'UNAUTHENTICATED' ? t('login.errors.invalidCredentials') : errorMessage(apiError),
      );
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <TextField
        label={t('fields.email')}
        type="email"
        name="email"
        autoComplete="username"
        required
        value={email}
        onValueChange={setEmail}
        error={form.fieldErrors.email}
        inputRef={form.register('email')}
      />
      <TextField
        label={t('fields.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onValueChange={setPassword}
        error={form.fieldErrors.password}
        inputRef={form.register('password')}
      />
      <p>
        <Link to="/wachtwoord-vergeten">{t('login.forgotPassword')}</Link>
      </p>
      <Button type="submit" busy={loading}>
        {loading ? t('login.submitting') : t('login.submit')}
      </Button>
      <p className="form__footer">
        <Link to="/registreren">{t('login.registerLink')}</Link>
      </p>
    </form>
  );
}
