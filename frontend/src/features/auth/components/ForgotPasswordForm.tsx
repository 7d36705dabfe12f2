import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequestPasswordResetMutation } from '../graphql/operations';
import { useFormErrors } from '../hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { TextField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

const FIELDS = ['email'] as const;

/** Always answers with the same neutral message, whether the address exists or not. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);
  const form = useFormErrors(FIELDS);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate({ email: email.trim() ? undefined : t('login.errors.emailRequired') })) return;
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSent(true);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'BAD_USER_INPUT' || apiError.code === 'RATE_LIMITED' || apiError.code === 'NETWORK') {
        form.showApiError(apiError, errorMessage(apiError));
      } else {
        setSent(true);
      }
    }
  }

  if (sent) {
    return (
      <Alert variant="success">
        <p>{t('forgotPassword.sent')}</p>
        <p>
          <Link to="/aanmelden">{t('forgotPassword.backToLogin')}</Link>
        </p>
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <TextField
        label={t('fields.email')}
        type="email"
        name="email"
        autoComplete="email"
        required
        value={email}
        onValueChange={setEmail}
        error={form.fieldErrors.email}
        inputRef={form.register('email')}
      />
      <Button type="submit" busy={loading}>
        {t('forgotPassword.submit')}
      </Button>
    </form>
  );
}
