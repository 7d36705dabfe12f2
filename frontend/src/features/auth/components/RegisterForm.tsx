import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RegisterMutation } from '../graphql/operations';
import { useFormErrors, type FieldErrors } from '../hooks/useFormErrors';
import { BestuurPicker, type BestuurChoice } from './BestuurPicker';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { TextField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

export const MIN_PASSWORD_LENGTH = 10;
const FIELDS = ['email', 'displayName', 'password', 'jobTitle', 'bestuurCode'] as const;
type Field = (typeof FIELDS)[number];

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function RegisterForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [bestuur, setBestuur] = useState<BestuurChoice | null>(null);
  const [done, setDone] = useState(false);
  const [register, { loading }] = useMutation(RegisterMutation);
  const form = useFormErrors(FIELDS);

  function clientErrors(): FieldErrors<Field> {
    return {
      email: !email.trim()
        ? t('register.errors.emailRequired')
        : EMAIL_PATTERN.test(email.trim())
          ? undefined
          : t('register.errors.emailInvalid'),
      displayName: displayName.trim() ? undefined : t('register.errors.displayNameRequired'),
      password:
        password.length >= MIN_PASSWORD_LENGTH
          ? undefined
          : t('register.errors.passwordTooShort', { count: MIN_PASSWORD_LENGTH }),
    };
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate(clientErrors())) return;
    try {
      await register({
        variables: {
          input: {
            email: email.trim(),
            displayName: displayName.trim(),
            password,
            jobTitle: jobTitle.trim() || null,
            bestuurCode: bestuur?.code ?? null,
          },
        },
      });
      setDone(true);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'CONFLICT' && Object.keys(apiError.fields).length === 0) {
        apiError.fields = { email: apiError.message || t('register.errors.emailTaken') };
      }
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  if (done) {
    return (
      <Alert variant="success" title={t('register.success.title')}>
        <p>{t('register.success.body', { email: email.trim() })}</p>
        <p>
          <Link to="/aanmelden">{t('register.success.loginLink')}</Link>
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
      <TextField
        label={t('fields.displayName')}
        hint={t('register.displayNameHint')}
        name="displayName"
        autoComplete="name"
        required
        value={displayName}
        onValueChange={setDisplayName}
        error={form.fieldErrors.displayName}
        inputRef={form.register('displayName')}
      />
      <TextField
        label={t('fields.password')}
        hint={t('register.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        type="password"
        name="password"
        autoComplete="new-password"
        required
        value={password}
        onValueChange={setPassword}
        error={form.fieldErrors.password}
        inputRef={form.register('password')}
      />
      <TextField
        label={t('fields.jobTitle')}
        name="jobTitle"
        autoComplete="organization-title"
        value={jobTitle}
        onValueChange={setJobTitle}
        error={form.fieldErrors.jobTitle}
        inputRef={form.register('jobTitle')}
      />
      <BestuurPicker value={bestuur} onChange={setBestuur} error={form.fieldErrors.bestuurCode} />
      <Button type="submit" busy={loading}>
        {loading ? t('register.submitting') : t('register.submit')}
      </Button>
      <p className="form__footer">
        <Link to="/aanmelden">{t('register.loginLink')}</Link>
      </p>
    </form>
  );
}
