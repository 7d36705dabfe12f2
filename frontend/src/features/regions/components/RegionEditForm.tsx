import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UpdateRegionMutation } from '../graphql/operations';
import { useFormErrors } from '../../auth/hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { FormField, TextField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

const FIELDS = ['name', 'description'] as const;

export interface RegionEditFormProps {
  slug: string;
  name: string;
  description: string | null;
  onDone: () => void;
}

/** Administrators edit a region's name and description. */
export function RegionEditForm({ slug, name: initialName, description: initialDescription, onDone }: RegionEditFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const titleId = useId();
  const [name, setName] = useState(initialName);
  const [description, setDescription] = useState(initialDescription ?? '');
  const [update, { loading }] = useMutation(UpdateRegionMutation);
  const form = useFormErrors(FIELDS);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate({ name: name.trim() ? undefined : t('regionEdit.nameRequired') })) return;
    try {
      await update({ variables: { input: { slug, name: name.trim(), description: description.trim() } } });
      onDone();
    } catch (error) {
      const apiError = toApiError(error);
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('regionEdit.title')}</h2>
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <TextField
        label={t('fields.regionName')}
        required
        value={name}
        onValueChange={setName}
        error={form.fieldErrors.name}
        inputRef={form.register('name')}
      />
      <FormField label={t('fields.description')} error={form.fieldErrors.description}>
        {(props) => (
          <textarea
            {...props}
            ref={form.register('description')}
            className="input"
            rows={5}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </FormField>
      <div className="actions">
        <Button type="submit" busy={loading}>
          {t('common.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
