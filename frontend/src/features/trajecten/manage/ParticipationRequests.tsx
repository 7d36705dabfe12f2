import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DecideParticipationRequestMutation, TrajectSubscribersQuery } from '../graphql/manage';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { useFormatters } from '../../../app/format';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';

export const PENDING_SHOWN = 50;

/** Requests to take part that wait for a decision; the lead accepts or declines each with a message. */
export function ParticipationRequests({ trajectId }: { trajectId: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(TrajectSubscribersQuery, {
    variables: { trajectId, requestStatus: 'PENDING', first: PENDING_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  // Both lists of subscribers (the pending requests and everyone) follow the decision.
  const [decide] = useMutation(DecideParticipationRequestMutation, {
    refetchQueries: ['TrajectSubscribers'],
    awaitRefetchQueries: true,
  });
  const [messages, setMessages] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const requests = data?.trajectSubscribers.edges.map((edge) => edge.node) ?? [];

  async function onDecide(request: (typeof requests)[number], accept: boolean) {
    setBusy(request.id);
    setResult(null);
    const message = messages[request.id]?.trim();
    try {
      await decide({ variables: { input: { subscriptionId: request.id, accept, ...(message ? { message } : {}) } } });
      const values = { name: request.user.displayName, bestuur: request.bestuur?.name ?? '' };
      setResult({ ok: true, text: t(accept ? 'trajecten.requests.accepted' : 'trajecten.requests.declined', values) });
    } catch (e) {
      setResult({ ok: false, text: errorMessage(toApiError(e)) });
    } finally {
      setBusy(null);
      // The request leaves the list: keep the focus on the outcome.
      statusRef.current?.focus();
    }
  }

  return (
    <>
      <div ref={statusRef} tabIndex={-1} className="tj-focus-target">
        {result && <Alert variant={result.ok ? 'success' : 'error'}>{result.text}</Alert>}
      </div>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : requests.length === 0 ? (
        <EmptyState>{t('trajecten.requests.empty')}</EmptyState>
      ) : (
        <ul className="card-list tj-requests">
          {requests.map((request) => (
            <li key={request.id} className="card">
              <h3 className="card__title">
                {t('trajecten.requests.heading', { name: request.user.displayName, bestuur: request.bestuur?.name ?? '–' })}
              </h3>
              <p className="tj-update__meta">
                {request.user.jobTitle && <>{request.user.jobTitle} · </>}
                {t('trajecten.requests.askedOn', { date: fmt.dateTime(request.createdAt) })}
              </p>
              {request.requestMessage ? (
                <blockquote className="tj-quote">{request.requestMessage}</blockquote>
              ) : (
                <p className="empty-state">{t('trajecten.requests.noMessage')}</p>
              )}
              <FormField label={t('trajecten.requests.reply', { name: request.user.displayName })} hint={t('trajecten.requests.replyHint')}>
                {(props) => (
                  <textarea
                    {...props}
                    className="input"
                    rows={2}
                    maxLength={1000}
                    value={messages[request.id] ?? ''}
                    onChange={(e) => setMessages({ ...messages, [request.id]: e.target.value })}
                  />
                )}
              </FormField>
              <div className="actions">
                <Button busy={busy === request.id} onClick={() => void onDecide(request, true)}>
                  {t('trajecten.requests.accept')}
                  <span className="visually-hidden">: {request.user.displayName}</span>
                </Button>
                <Button variant="danger" busy={busy === request.id} onClick={() => void onDecide(request, false)}>
                  {t('trajecten.requests.decline')}
                  <span className="visually-hidden">: {request.user.displayName}</span>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
