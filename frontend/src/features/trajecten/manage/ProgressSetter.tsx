import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ProgressMode } from '../../../generated/graphql';
import { SetTrajectProgressMutation } from '../graphql/manage';
import { useFormErrors } from '../../auth/hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField, TextField } from '../../../ui/FormField';

const FIELDS = ['progress', 'reason'] as const;

export interface ProgressSetterProps {
  trajectId: string;
  progress: number;
  mode: ProgressMode;
}

/** A lead sets the progress by hand with a reason, or returns to the roll-up from the milestones. */
export function ProgressSetter({ trajectId, progress, mode }: ProgressSetterProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [value, setValue] = useState(String(progress));
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);
  const [set, { loading }] = useMutation(SetTrajectProgressMutation);

  async function save(input: { progress: number; reason: string } | null) {
    setDone(null);
    try {
      await set({ variables: { input: { trajectId, ...(input ?? { progress: null }) } } });
      setDone(input ? t('trajecten.progressForm.saved', { value: input.progress }) : t('trajecten.progressForm.rollupRestored'));
      setReason('');
    } catch (e) {
      const apiError = toApiError(e);
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const n = Number(value);
    const ok = form.validate({
      progress: value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 100 ? t('trajecten.progressForm.range') : undefined,
      reason: reason.trim() ? undefined : t('trajecten.progressForm.reasonRequired'),
    });
    if (ok) void save({ progress: n, reason: reason.trim() });
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        {mode === 'MANUAL' ? t('trajecten.progressForm.currentManual', { value: progress }) : t('trajecten.progressForm.currentRollup', { value: progress })}
      </p>
      {done && <Alert variant="success">{done}</Alert>}
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <TextField
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        label={t('trajecten.progressForm.value')}
        required
        value={value}
        onValueChange={setValue}
        error={form.fieldErrors.progress}
        inputRef={form.register('progress')}
      />
      <FormField label={t('trajecten.progressForm.reason')} required error={form.fieldErrors.reason}>
        {(props) => (
          <textarea {...props} ref={form.register('reason')} className="input" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </FormField>
      <div className="actions">
        <Button type="submit" busy={loading}>
          {t('trajecten.progressForm.submit')}
        </Button>
        {mode === 'MANUAL' && (
          <Button variant="secondary" busy={loading} onClick={() => void save(null)}>
            {t('trajecten.progressForm.backToRollup')}
          </Button>
        )}
      </div>
    </form>
  );
}
