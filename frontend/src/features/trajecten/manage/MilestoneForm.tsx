import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MilestoneFieldsFragment, MilestoneStatus } from '../../../generated/graphql';
import { CreateMilestoneMutation, UpdateMilestoneMutation } from '../graphql/manage';
import { MILESTONE_STATUSES } from '../labels';
import { useFormErrors } from '../../auth/hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField, TextField } from '../../../ui/FormField';

const FIELDS = ['title', 'dueDate', 'status', 'weight', 'description'] as const;

export interface MilestoneFormProps {
  trajectId: string;
  milestone?: MilestoneFieldsFragment | null;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

/** Add or change a milestone: title, due date, state, weight in the roll-up, description. */
export function MilestoneForm({ trajectId, milestone = null, onDone, onCancel }: MilestoneFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [dueDate, setDueDate] = useState(milestone?.dueDate ?? '');
  const [status, setStatus] = useState<MilestoneStatus>(milestone?.status ?? 'GEPLAND');
  const [weight, setWeight] = useState(String(milestone?.weight ?? 1));
  const [description, setDescription] = useState(milestone?.description ?? '');
  const form = useFormErrors(FIELDS);
  const [create, createState] = useMutation(CreateMilestoneMutation, { refetchQueries: ['Traject'] });
  const [update, updateState] = useMutation(UpdateMilestoneMutation, { refetchQueries: ['Traject'] });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const w = Number(weight);
    const ok = form.validate({
      title: title.trim().length < 3 ? t('trajecten.milestoneForm.titleRequired') : undefined,
      dueDate: /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? undefined : t('trajecten.milestoneForm.dueDateRequired'),
      weight: weight.trim() === '' || !Number.isInteger(w) || w < 0 ? t('trajecten.milestoneForm.weightInvalid') : undefined,
    });
    if (!ok) return;
    const fields = { title: title.trim(), dueDate, status, weight: w, description: description.trim() };
    try {
      if (milestone) await update({ variables: { input: { milestoneId: milestone.id, ...fields } } });
      else await create({ variables: { input: { trajectId, ...fields } } });
      onDone(t(milestone ? 'trajecten.milestoneForm.saved' : 'trajecten.milestoneForm.added', { title: fields.title }));
    } catch (e) {
      const apiError = toApiError(e);
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  return (
    <form className="form tj-milestone-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        {milestone ? t('trajecten.milestoneForm.editTitle', { title: milestone.title }) : t('trajecten.milestoneForm.newTitle')}
      </h4>
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <TextField
        label={t('trajecten.milestoneForm.title')}
        required
        maxLength={150}
        value={title}
        onValueChange={setTitle}
        error={form.fieldErrors.title}
        inputRef={form.register('title')}
      />
      <TextField
        type="date"
        label={t('trajecten.milestoneForm.dueDate')}
        required
        value={dueDate}
        onValueChange={setDueDate}
        error={form.fieldErrors.dueDate}
        inputRef={form.register('dueDate')}
      />
      <FormField label={t('trajecten.milestoneForm.status')} required error={form.fieldErrors.status}>
        {(props) => (
          <select {...props} ref={form.register('status')} className="input" value={status} onChange={(e) => setStatus(e.target.value as MilestoneStatus)}>
            {MILESTONE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`trajecten.milestoneStatus.${s}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <TextField
        type="number"
        inputMode="numeric"
        min={0}
        max={1000}
        step={1}
        label={t('trajecten.milestoneForm.weight')}
        hint={t('trajecten.milestoneForm.weightHint')}
        required
        value={weight}
        onValueChange={setWeight}
        error={form.fieldErrors.weight}
        inputRef={form.register('weight')}
      />
      <FormField label={t('trajecten.milestoneForm.description')} error={form.fieldErrors.description}>
        {(props) => (
          <textarea
            {...props}
            ref={form.register('description')}
            className="input"
            rows={3}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </FormField>
      <div className="actions">
        <Button type="submit" busy={createState.loading || updateState.loading}>
          {milestone ? t('common.save') : t('trajecten.milestoneForm.add')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
