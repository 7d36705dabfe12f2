import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { SubscriptionLevel, ViewerSubscriptionFieldsFragment } from '../../../generated/graphql';
import { SubscribeToTrajectMutation, UnsubscribeFromTrajectMutation } from '../graphql/operations';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { RegisterInterest } from './RegisterInterest';

export interface SubscribeControlProps {
  trajectId: string;
  slug: string;
  title: string;
  subscription: ViewerSubscriptionFieldsFragment | null;
}

const LEVELS: readonly SubscriptionLevel[] = ['VOLGEN', 'DEELNEMEN'];

/** Take part (DEELNEMEN: a request for your bestuur) or follow (VOLGEN); change level or unsubscribe. */
export function SubscribeControl({ trajectId, slug, title, subscription }: SubscribeControlProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const location = useLocation();
  const { user, loading: userLoading } = useCurrentUser();
  const id = useId();
  const [open, setOpen] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const [level, setLevel] = useState<SubscriptionLevel>('VOLGEN');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [subscribe, { loading: subscribing }] = useMutation(SubscribeToTrajectMutation);
  const [unsubscribe, { loading: unsubscribing }] = useMutation(UnsubscribeFromTrajectMutation);

  const municipality = user?.bestuur?.kind === 'MUNICIPALITY' ? user.bestuur : null;
  const titleId = `${id}-title`;

  if (userLoading) return null;
  if (!user) {
    return (
      <section className="panel tj-subscribe" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('trajecten.subscribe.title')}</h2>
        <p>{t('trajecten.subscribe.loginHint')}</p>
        <Link to="/aanmelden" state={{ from: location }} className="btn btn--primary">
          {t('trajecten.subscribe.login')}
        </Link>
      </section>
    );
  }

  function close() {
    setOpen(false);
    // The form disappears: keep the keyboard focus on what changed.
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  function toggleForm() {
    if (open) {
      setOpen(false);
      return;
    }
    setLevel(subscription ? (subscription.level === 'VOLGEN' ? 'DEELNEMEN' : 'VOLGEN') : 'VOLGEN');
    setMessage('');
    setError(null);
    setDone(null);
    setOpen(true);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const trimmed = message.trim();
    try {
      const result = await subscribe({
        variables: { input: { trajectId, level, ...(level === 'DEELNEMEN' && trimmed ? { message: trimmed } : {}) } },
      });
      const saved = result.data?.subscribeToTraject;
      close();
      setDone(
        saved?.level === 'DEELNEMEN'
          ? t('trajecten.subscribe.done.requested', { bestuur: saved.bestuur?.name ?? '' })
          : t('trajecten.subscribe.done.following', { title }),
      );
    } catch (e) {
      setError(errorMessage(toApiError(e)));
    }
  }

  async function onUnsubscribe() {
    setError(null);
    try {
      await unsubscribe({ variables: { input: { trajectId } } });
      close();
      setDone(t('trajecten.subscribe.done.unsubscribed', { title }));
    } catch (e) {
      setError(errorMessage(toApiError(e)));
    }
  }

  return (
    <section className="panel tj-subscribe" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('trajecten.subscribe.title')}</h2>
      <div ref={statusRef} tabIndex={-1} className="tj-subscribe__state">
        <SubscriptionStatus subscription={subscription} />
        {done && <Alert variant="success">{done}</Alert>}
      </div>
      {error && <Alert variant="error">{error}</Alert>}
      <div className="actions">
        <Button
          variant={subscription ? 'secondary' : 'primary'}
          aria-expanded={open}
          aria-controls={open ? `${id}-form` : undefined}
          onClick={toggleForm}
        >
          {subscription ? t('trajecten.subscribe.changeLevel') : t('trajecten.subscribe.open')}
        </Button>
        {subscription && (
          <Button variant="danger" busy={unsubscribing} onClick={() => void onUnsubscribe()}>
            {t('trajecten.subscribe.unsubscribe')}
          </Button>
        )}
      </div>
      {open && (
        <form id={`${id}-form`} className="form tj-subscribe__form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <fieldset className="tj-radio-group">
            <legend className="field__label">{t('trajecten.subscribe.levelLegend')}</legend>
            {LEVELS.map((value) => {
              const disabled = value === 'DEELNEMEN' && !municipality;
              return (
                <div key={value} className="tj-radio">
                  <input
                    id={`${id}-${value}`}
                    type="radio"
                    name={`${id}-level`}
                    value={value}
                    checked={level === value}
                    disabled={disabled}
                    aria-describedby={`${id}-${value}-hint`}
                    onChange={() => setLevel(value)}
                  />
                  <label htmlFor={`${id}-${value}`}>{t(`trajecten.level.${value}`)}</label>
                  <p id={`${id}-${value}-hint`} className="field__hint">
                    {value === 'DEELNEMEN'
                      ? municipality
                        ? t('trajecten.subscribe.hint.DEELNEMEN', { bestuur: municipality.name })
                        : t('trajecten.subscribe.noMunicipality')
                      : t('trajecten.subscribe.hint.VOLGEN')}
                  </p>
                </div>
              );
            })}
          </fieldset>
          {level === 'DEELNEMEN' && (
            <FormField label={t('trajecten.subscribe.message')} hint={t('trajecten.subscribe.messageHint')}>
              {(props) => (
                <textarea {...props} className="input" rows={3} maxLength={1000} value={message} onChange={(e) => setMessage(e.target.value)} />
              )}
            </FormField>
          )}
          <div className="actions">
            <Button type="submit" busy={subscribing}>
              {level === 'DEELNEMEN' ? t('trajecten.subscribe.confirmRequest') : t('trajecten.subscribe.confirmFollow')}
            </Button>
            <Button variant="secondary" onClick={close}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
      {municipality && <RegisterInterest trajectId={trajectId} slug={slug} bestuur={municipality} />}
    </section>
  );
}

function SubscriptionStatus({ subscription }: { subscription: ViewerSubscriptionFieldsFragment | null }) {
  const { t } = useTranslation();
  if (!subscription) return <p>{t('trajecten.subscribe.status.none')}</p>;
  const bestuur = subscription.bestuur?.name ?? '';
  const key =
    subscription.level === 'VOLGEN'
      ? subscription.requestStatus === 'DECLINED' ? 'declined' : 'following'
      : subscription.requestStatus === 'ACCEPTED' ? 'accepted' : 'pending';
  return (
    <>
      <p className="tj-subscribe__status">
        <strong>{t(`trajecten.subscribe.status.${key}`, { bestuur })}</strong>
      </p>
      {subscription.decisionMessage && (key === 'accepted' || key === 'declined') && (
        <p>
          {t('trajecten.subscribe.decisionMessage')} <q>{subscription.decisionMessage}</q>
        </p>
      )}
    </>
  );
}
