import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CreateOutcomeIndicatorMutation, RecordIndicatorMeasurementMutation } from '../graphql/manage';
import { useFormErrors } from '../../auth/hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/FormField';
import { today } from '../hooks/useDay';
import { parseNumber } from './schedule';

const INDICATOR_FIELDS = ['name', 'unit', 'baseline', 'target', 'description'] as const;
const MEASUREMENT_FIELDS = ['value', 'measuredOn', 'note'] as const;

/** A new outcome indicator with its baseline (and optionally a target). */
export function IndicatorForm({ trajectId, onDone }: { trajectId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [values, setValues] = useState({ name: '', unit: '', baseline: '', target: '', description: '' });
  const form = useFormErrors(INDICATOR_FIELDS);
  const [create, { loading }] = useMutation(CreateOutcomeIndicatorMutation, { refetchQueries: ['Traject'] });
  const set = (key: keyof typeof values) => (value: string) => setValues({ ...values, [key]: value });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const baseline = parseNumber(values.baseline);
    const target = values.target.trim() ? parseNumber(values.target) : null;
    const ok = form.validate({
      name: values.name.trim().length < 3 ? t('trajecten.indicatorForm.nameRequired') : undefined,
      baseline: baseline === null ? t('trajecten.indicatorForm.numberRequired') : undefined,
      target: values.target.trim() && target === null ? t('trajecten.indicatorForm.numberRequired') : undefined,
    });
    if (!ok || baseline === null) return;
    try {
      await create({
        variables: {
          input: {
            trajectId,
            name: values.name.trim(),
            baseline,
            ...(values.unit.trim() ? { unit: values.unit.trim() } : {}),
            ...(target !== null ? { target } : {}),
            ...(values.description.trim() ? { description: values.description.trim() } : {}),
          },
        },
      });
      onDone(t('trajecten.indicatorForm.added', { name: values.name.trim() }));
    } catch (e) {
      const apiError = toApiError(e);
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('trajecten.indicatorForm.newTitle')}</h4>
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <TextField label={t('trajecten.indicatorForm.name')} required value={values.name} onValueChange={set('name')} error={form.fieldErrors.name} inputRef={form.register('name')} />
      <TextField label={t('trajecten.indicatorForm.unit')} hint={t('trajecten.indicatorForm.unitHint')} value={values.unit} onValueChange={set('unit')} error={form.fieldErrors.unit} inputRef={form.register('unit')} />
      <TextField label={t('trajecten.indicatorForm.baseline')} inputMode="decimal" required value={values.baseline} onValueChange={set('baseline')} error={form.fieldErrors.baseline} inputRef={form.register('baseline')} />
      <TextField label={t('trajecten.indicatorForm.target')} inputMode="decimal" value={values.target} onValueChange={set('target')} error={form.fieldErrors.target} inputRef={form.register('target')} />
      <TextField label={t('trajecten.indicatorForm.description')} value={values.description} onValueChange={set('description')} error={form.fieldErrors.description} inputRef={form.register('description')} />
      <Button type="submit" busy={loading}>
        {t('trajecten.indicatorForm.add')}
      </Button>
    </form>
  );
}

/** A measured value of an indicator on a date. */
export function MeasurementForm({ indicatorId, name, onDone }: { indicatorId: string; name: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [value, setValue] = useState('');
  const [measuredOn, setMeasuredOn] = useState(today());
  const [note, setNote] = useState('');
  const form = useFormErrors(MEASUREMENT_FIELDS);
  const [record, { loading }] = useMutation(RecordIndicatorMeasurementMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const number = parseNumber(value);
    const ok = form.validate({
      value: number === null ? t('trajecten.indicatorForm.numberRequired') : undefined,
      measuredOn: /^\d{4}-\d{2}-\d{2}$/.test(measuredOn) ? undefined : t('trajecten.milestoneForm.dueDateRequired'),
    });
    if (!ok || number === null) return;
    try {
      await record({ variables: { input: { indicatorId, value: number, measuredOn, ...(note.trim() ? { note: note.trim() } : {}) } } });
      onDone(t('trajecten.indicatorForm.recorded', { name }));
    } catch (e) {
      const apiError = toApiError(e);
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`} className="tj-form-subtitle">{t('trajecten.indicatorForm.measurementTitle', { name })}</h5>
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <TextField label={t('trajecten.indicators.value')} inputMode="decimal" required value={value} onValueChange={setValue} error={form.fieldErrors.value} inputRef={form.register('value')} />
      <TextField type="date" label={t('trajecten.indicators.date')} required value={measuredOn} onValueChange={setMeasuredOn} error={form.fieldErrors.measuredOn} inputRef={form.register('measuredOn')} />
      <TextField label={t('trajecten.indicators.note')} value={note} onValueChange={setNote} error={form.fieldErrors.note} inputRef={form.register('note')} />
      <Button type="submit" busy={loading}>
        {t('trajecten.indicatorForm.record')}
      </Button>
    </form>
  );
}
