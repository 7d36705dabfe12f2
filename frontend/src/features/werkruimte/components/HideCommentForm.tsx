import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { HideCommentMutation } from '../graphql/mutations';
import { useFormErrors } from '../../auth/hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useWerkruimteErrorMessage } from '../hooks/useWerkruimteErrorMessage';
import { FormField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

const FIELDS = ['reason'] as const;

export interface HideCommentFormProps {
  commentId: string;
  onClose: () => void;
  /** Called instead of onClose once hidden (the moderation queue then closes the report). */
  onHidden?: () => void;
  submitLabel?: string;
}

/** Moderators hide a comment with a reason (shown in its place). */
export function HideCommentForm({ commentId, onClose, onHidden, submitLabel }: HideCommentFormProps) {
  const { t } = useTranslation();
  const errorMessage = useWerkruimteErrorMessage();
  const [reason, setReason] = useState('');
  const [hide, { loading }] = useMutation(HideCommentMutation);
  const form = useFormErrors(FIELDS);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const length = reason.trim().length;
    if (!form.validate({ reason: length >= 3 && length <= 500 ? undefined : t('werkruimte.moderation.reasonLength') })) return;
    try {
      await hide({ variables: { input: { commentId, reason: reason.trim() } } });
      (onHidden ?? onClose)();
    } catch (error) {
      const apiError = toApiError(error);
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form wr-inline-form">
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <FormField label={t('werkruimte.moderation.hideReason')} required error={form.fieldErrors.reason}>
        {(control) => (
          <input
            {...control}
            ref={form.register('reason')}
            className="input"
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
        )}
      </FormField>
      <div className="actions">
        <Button type="submit" variant="danger" busy={loading}>
          {submitLabel ?? t('werkruimte.moderation.hideSubmit')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('werkruimte.composer.cancel')}
        </Button>
      </div>
    </form>
  );
}
