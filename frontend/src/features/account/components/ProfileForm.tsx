import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UpdateProfileMutation } from '../graphql/operations';
import type { CurrentUser } from '../../auth/hooks/useCurrentUser';
import { useFormErrors } from '../../auth/hooks/useFormErrors';
import { BestuurPicker, type BestuurChoice } from '../../auth/components/BestuurPicker';
import type { UpdateProfileInput } from '../../../generated/graphql';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { TextField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

const FIELDS = ['displayName', 'jobTitle', 'bestuurCode'] as const;

export function ProfileForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [jobTitle, setJobTitle] = useState(user.jobTitle ?? '');
  const [bestuur, setBestuur] = useState<BestuurChoice | null>(
    user.bestuur ? { code: user.bestuur.code, name: user.bestuur.name } : null,
  );
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateProfileMutation);
  const form = useFormErrors(FIELDS);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!form.validate({ displayName: displayName.trim() ? undefined : t('register.errors.displayNameRequired') })) return;
    const input: UpdateProfileInput = { displayName: displayName.trim(), jobTitle: jobTitle.trim() || null };
    if (bestuur) input.bestuurCode = bestuur.code;
    else if (user.bestuur) input.bestuurCode = null; // explicitly clear
    try {
      await update({ variables: { input } });
      setSaved(true);
    } catch (error) {
      const apiError = toApiError(error);
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-labelledby="profiel-titel">
      <h2 id="profiel-titel">{t('account.profile.title')}</h2>
      {form.general && <Alert variant="error">{form.general}</Alert>}
      {saved && <Alert variant="success">{t('account.profile.saved')}</Alert>}
      <p>
        <strong>{t('fields.email')}:</strong> {user.email}
      </p>
      <TextField
        label={t('fields.displayName')}
        required
        autoComplete="name"
        value={displayName}
        onValueChange={setDisplayName}
        error={form.fieldErrors.displayName}
        inputRef={form.register('displayName')}
      />
      <TextField
        label={t('fields.jobTitle')}
        autoComplete="organization-title"
        value={jobTitle}
        onValueChange={setJobTitle}
        error={form.fieldErrors.jobTitle}
        inputRef={form.register('jobTitle')}
      />
      <BestuurPicker value={bestuur} onChange={setBestuur} error={form.fieldErrors.bestuurCode} />
      <Button type="submit" busy={loading}>
        {t('account.profile.submit')}
      </Button>
    </form>
  );
}
