import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import type { NotificationDelivery, NotificationType } from '../../../generated/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from '../graphql/operations';
import '../meldingen.css';

export const DELIVERIES: readonly NotificationDelivery[] = ['DIRECT', 'DAGELIJKS', 'WEKELIJKS', 'NOOIT'];

/**
 * E-mail per type of notification: a table with one radio group per row (direct, daily digest,
 * weekly digest, never). Each radio is named by its row and column header.
 */
export function NotificationPreferencesForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(UpdateNotificationPreferencesMutation);
  const [choices, setChoices] = useState<Partial<Record<NotificationType, NotificationDelivery>>>({});
  const [rowErrors, setRowErrors] = useState<Partial<Record<NotificationType, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const preferences = data?.notificationPreferences ?? [];
  const current = (type: NotificationType, server: NotificationDelivery) => choices[type] ?? server;
  const changed = preferences
    .filter((p) => choices[p.type] !== undefined && choices[p.type] !== p.delivery)
    .map((p) => ({ type: p.type, delivery: choices[p.type] as NotificationDelivery }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    setSaved(null);
    setRowErrors({});
    if (changed.length === 0) {
      setSaved(t('meldingen.preferences.nothingChanged'));
      return;
    }
    try {
      await save({
        variables: { input: { items: changed } },
        update(cache, { data: answer }) {
          if (answer) cache.writeQuery({ query: NotificationPreferencesQuery, data: { notificationPreferences: answer.updateNotificationPreferences } });
        },
      });
      setChoices({});
      setSaved(t('meldingen.preferences.saved'));
    } catch (err) {
      // Nothing was changed on the server: keep the choices on screen so they can be saved again.
      const api = toApiError(err);
      const rows: Partial<Record<NotificationType, string>> = {};
      const other: string[] = [];
      for (const [field, text] of Object.entries(api.fields)) {
        const index = /^items\.(\d+)/.exec(field)?.[1];
        const row = index === undefined ? undefined : changed[Number(index)];
        if (row) rows[row.type] = text;
        else other.push(text);
      }
      setRowErrors(rows);
      setGeneral([t('meldingen.preferences.notSaved'), ...(other.length ? other : Object.keys(rows).length ? [] : [errorMessage(api)])].join(' '));
    }
  }

  const generalId = `${id}-fout`;
  return (
    <form className="preferences" onSubmit={(e) => void onSubmit(e)} noValidate aria-describedby={general ? generalId : undefined}>
      {general && (
        <div id={generalId}>
          <Alert variant="error">{general}</Alert>
        </div>
      )}
      <div className="table-wrap">
        <table className="table preferences__table">
          <caption className="visually-hidden">{t('meldingen.preferences.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meldingen.preferences.type')}</th>
              {DELIVERIES.map((d) => (
                <th key={d} scope="col" id={`${id}-${d}`} className="preferences__col">
                  {t(`meldingen.deliveries.${d}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preferences.map((p) => {
              const rowId = `${id}-${p.type}`;
              const rowError = rowErrors[p.type];
              const value = current(p.type, p.delivery);
              return (
                <tr key={p.type} className={rowError ? 'preferences__row--invalid' : undefined}>
                  <th scope="row">
                    <span id={rowId}>{t(`meldingen.types.${p.type}`, { defaultValue: p.label })}</span>
                    {p.isDefault && choices[p.type] === undefined && (
                      <span className="preferences__default"> {t('meldingen.preferences.default')}</span>
                    )}
                    {rowError && (
                      <span id={`${rowId}-fout`} className="field__error preferences__error">
                        <span className="visually-hidden">{t('form.errorPrefix')} </span>
                        {rowError}
                      </span>
                    )}
                  </th>
                  {DELIVERIES.map((d) => (
                    <td key={d} className="preferences__cell">
                      <input
                        type="radio"
                        name={rowId}
                        value={d}
                        checked={value === d}
                        aria-labelledby={`${rowId} ${id}-${d}`}
                        aria-invalid={rowError ? true : undefined}
                        aria-describedby={rowError ? `${rowId}-fout` : undefined}
                        onChange={() => {
                          setSaved(null);
                          setChoices((c) => ({ ...c, [p.type]: d }));
                        }}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form__footer actions">
        <Button type="submit" busy={saving.loading}>
          {saving.loading ? t('meldingen.preferences.saving') : t('meldingen.preferences.save')}
        </Button>
        {changed.length > 0 && (
          <Button variant="secondary" onClick={() => setChoices({})}>
            {t('meldingen.preferences.undo')}
          </Button>
        )}
      </div>
      <div role="status">{saved && <p className="preferences__saved">{saved}</p>}</div>
    </form>
  );
}
