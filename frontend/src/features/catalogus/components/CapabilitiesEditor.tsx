import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CatalogusSetCapabilitiesMutation } from '../graphql/profile';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

interface Capability {
  id: string;
  key: string;
  name: string;
  description?: string | null;
}

export interface CapabilitiesProps {
  nisCode: string;
  bestuurName: string;
  vocabulary: readonly Capability[];
  present: readonly { key: string }[];
  canEdit: boolean;
}

/** The capabilities a bestuur has, in words; its members (and coordinators, admins) tick them in a form. */
export function Capabilities({ nisCode, bestuurName, vocabulary, present, canEdit }: CapabilitiesProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const has = new Set(present.map((c) => c.key));
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(has);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [save, { loading }] = useMutation(CatalogusSetCapabilitiesMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      await save({ variables: { input: { nisCode, capabilityKeys: vocabulary.filter((c) => chosen.has(c.key)).map((c) => c.key) } } });
      setEditing(false);
      setMessage({ ok: true, text: t('catalogus.profile.capabilitiesSaved', { name: bestuurName }) });
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(toApiError(error)) });
    }
  }

  return (
    <>
      {message && <Alert variant={message.ok ? 'success' : 'error'}>{message.text}</Alert>}
      {editing ? (
        <form onSubmit={onSubmit} className="form" noValidate>
          <fieldset className="facet">
            <legend className="facet__legend">{t('catalogus.profile.capabilitiesLegend', { name: bestuurName })}</legend>
            <ul className="facet__options">
              {vocabulary.map((c) => (
                <li key={c.key}>
                  <input
                    id={`${id}-${c.key}`}
                    type="checkbox"
                    checked={chosen.has(c.key)}
                    aria-describedby={c.description ? `${id}-${c.key}-d` : undefined}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(c.key);
                      else next.delete(c.key);
                      setChosen(next);
                    }}
                  />
                  <label htmlFor={`${id}-${c.key}`}>{c.name}</label>
                  {c.description && (
                    <p id={`${id}-${c.key}-d`} className="field__hint">
                      {c.description}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="actions">
            <Button type="submit" busy={loading}>
              {t('common.save')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setChosen(has);
                setEditing(false);
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <ul className="checks">
            {vocabulary.map((c) => (
              <li key={c.key} className={has.has(c.key) ? 'check check--ok' : 'check check--missing'}>
                <span className="check__icon" aria-hidden="true">
                  {has.has(c.key) ? '✓' : '✗'}
                </span>
                <span className="check__name">{c.name}</span>
                <span className={has.has(c.key) ? 'check__state' : 'check__state check__state--missing'}>
                  {has.has(c.key) ? t('catalogus.profile.capabilityPresent') : t('catalogus.profile.capabilityAbsent')}
                </span>
              </li>
            ))}
          </ul>
          {canEdit && (
            <Button
              variant="secondary"
              onClick={() => {
                setChosen(has);
                setMessage(null);
                setEditing(true);
              }}
            >
              {t('catalogus.profile.editCapabilities')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
