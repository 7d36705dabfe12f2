import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ReportPostMutation } from '../graphql/mutations';
import { useFormErrors } from '../../auth/hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useWerkruimteErrorMessage } from '../hooks/useWerkruimteErrorMessage';
import { FormField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

const FIELDS = ['reason', 'commentId', 'threadId'] as const;

/** Report the opening post (threadId) or a comment (commentId) to the space's moderators. */
export function ReportForm({ target, onClose }: { target: { threadId: string } | { commentId: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useWerkruimteErrorMessage();
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(false);
  const [report, { loading }] = useMutation(ReportPostMutation);
  const form = useFormErrors(FIELDS);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const length = reason.trim().length;
    if (!form.validate({ reason: length >= 3 && length <= 1000 ? undefined : t('werkruimte.report.reasonLength') })) return;
    try {
      await report({ variables: { input: { ...target, reason: reason.trim() } } });
      setSent(true);
    } catch (error) {
      const apiError = toApiError(error);
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  if (sent) {
    return (
      <Alert variant="success">
        <p>{t('werkruimte.report.sent')}</p>
        <Button variant="secondary" onClick={onClose}>
          {t('werkruimte.report.close')}
        </Button>
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form wr-inline-form">
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <FormField label={t('werkruimte.report.reason')} hint={t('werkruimte.report.reasonHint')} required error={form.fieldErrors.reason}>
        {(control) => (
          <textarea
            {...control}
            ref={form.register('reason')}
            className="input"
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
        )}
      </FormField>
      <div className="actions">
        <Button type="submit" busy={loading}>
          {t('werkruimte.report.submit')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('werkruimte.composer.cancel')}
        </Button>
      </div>
    </form>
  );
}
