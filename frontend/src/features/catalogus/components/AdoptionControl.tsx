import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CatalogusRemoveAdoptionMutation, CatalogusSetAdoptionMutation } from '../graphql/adoption';
import { CatalogusSolutionQuery } from '../graphql/solutions';
import type { AdoptionStatus } from '../../../generated/graphql';
import type { SolutionAdoption } from '../types';
import { STATUSES } from '../vocabulary';
import { useFormErrors } from '../../auth/hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { FormField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

const FIELDS = ['status', 'startDate', 'endDate', 'note', 'offerContact'] as const;

export interface AdoptionControlProps {
  solutionSlug: string;
  solutionName: string;
  nisCode: string;
  bestuurName: string;
  /** The bestuur's current status for this solution, if any. */
  current: SolutionAdoption | null;
  viewerId: string;
}

/** Members set their bestuur's status for a solution, with dates, a note and an offer to be contact for peers. */
export function AdoptionControl({ solutionSlug, solutionName, nisCode, bestuurName, current, viewerId }: AdoptionControlProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [status, setStatus] = useState<AdoptionStatus | ''>(current?.status ?? '');
  const [startDate, setStartDate] = useState(current?.startDate ?? '');
  const [endDate, setEndDate] = useState(current?.endDate ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [offerContact, setOfferContact] = useState(current?.contact?.id === viewerId);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);
  const refetch = { refetchQueries: [CatalogusSolutionQuery], awaitRefetchQueries: true };
  const [save, saveState] = useMutation(CatalogusSetAdoptionMutation, refetch);
  const [remove, removeState] = useMutation(CatalogusRemoveAdoptionMutation, refetch);
  const otherContact = current?.contact && current.contact.id !== viewerId ? current.contact : null;

  function fail(error: unknown) {
    const apiError = toApiError(error);
    form.showApiError(apiError, errorMessage(apiError));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const ok = form.validate({
      status: status ? undefined : t('catalogus.adoption.statusRequired'),
      endDate: startDate && endDate && endDate < startDate ? t('catalogus.adoption.endBeforeStart') : undefined,
    });
    if (!ok || !status) return;
    try {
      await save({
        variables: {
          input: {
            nisCode,
            solutionSlug,
            status,
            startDate: startDate || null,
            endDate: endDate || null,
            note: note.trim() || null,
            offerContact,
          },
        },
      });
      setSaved(t('catalogus.adoption.saved', { name: bestuurName, status: t(`catalogus.status.${status}`) }));
    } catch (error) {
      fail(error);
    }
  }

  async function onRemove() {
    setSaved(null);
    form.clear();
    try {
      await remove({ variables: { input: { nisCode, solutionSlug } } });
      setStatus('');
      setStartDate('');
      setEndDate('');
      setNote('');
      setOfferContact(false);
      setSaved(t('catalogus.adoption.removed', { name: bestuurName }));
    } catch (error) {
      fail(error);
    }
  }

  const statusErrorId = form.fieldErrors.status ? `${id}-status-error` : undefined;

  return (
    <form className="form adoption-form" noValidate onSubmit={onSubmit} aria-label={t('catalogus.adoption.formLabel', { solution: solutionName })}>
      <p>
        {current
          ? t('catalogus.adoption.currentLong', { name: bestuurName, status: t(`catalogus.status.${current.status}`) })
          : t('catalogus.adoption.noneYet', { name: bestuurName })}
      </p>
      {form.general && <Alert variant="error">{form.general}</Alert>}
      {saved && <Alert variant="success">{saved}</Alert>}

      <fieldset className="status-choice">
        <legend className="field__label">{t('catalogus.adoption.status')}</legend>
        {form.fieldErrors.status && (
          <p id={statusErrorId} className="field__error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {form.fieldErrors.status}
          </p>
        )}
        {STATUSES.map((s, i) => (
          <div key={s} className="status-choice__option">
            <input
              id={`${id}-${s}`}
              ref={i === 0 ? form.register('status') : undefined}
              type="radio"
              name={`${id}-status`}
              value={s}
              checked={status === s}
              aria-describedby={statusErrorId}
              onChange={() => setStatus(s)}
            />
            <label htmlFor={`${id}-${s}`}>{t(`catalogus.status.${s}`)}</label>
          </div>
        ))}
      </fieldset>

      <div className="adoption-form__dates">
        <FormField label={t('catalogus.adoption.startDate')} error={form.fieldErrors.startDate}>
          {(props) => (
            <input {...props} ref={form.register('startDate')} className="input" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          )}
        </FormField>
        <FormField label={t('catalogus.adoption.endDate')} error={form.fieldErrors.endDate}>
          {(props) => (
            <input {...props} ref={form.register('endDate')} className="input" type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
          )}
        </FormField>
      </div>

      <FormField label={t('catalogus.adoption.note')} hint={t('catalogus.adoption.noteHint')} error={form.fieldErrors.note}>
        {(props) => (
          <textarea {...props} ref={form.register('note')} className="input" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </FormField>

      <div className="facet facet--single">
        <input
          id={`${id}-contact`}
          ref={form.register('offerContact')}
          type="checkbox"
          checked={offerContact}
          aria-describedby={`${id}-contact-hint`}
          onChange={(e) => setOfferContact(e.target.checked)}
        />
        <label htmlFor={`${id}-contact`}>{t('catalogus.adoption.offerContact')}</label>
        <p id={`${id}-contact-hint`} className="field__hint">
          {otherContact
            ? t('catalogus.adoption.otherContact', { name: otherContact.displayName })
            : t('catalogus.adoption.offerContactHint')}
        </p>
      </div>

      <div className="actions">
        <Button type="submit" busy={saveState.loading}>
          {t('catalogus.adoption.save')}
        </Button>
        {current && (
          <Button variant="secondary" busy={removeState.loading} onClick={() => void onRemove()}>
            {t('catalogus.adoption.remove')}
          </Button>
        )}
      </div>
    </form>
  );
}
