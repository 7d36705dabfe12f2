import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LogoutEverywhereMutation, MySessionsQuery, RevokeSessionMutation } from '../graphql/operations';
import { useAuthActions } from '../../auth/hooks/useAuthActions';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { useFormatters } from '../../../app/format';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';

export function SessionsList() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const { clearAfterLogout } = useAuthActions();
  const { data, loading, error, refetch } = useQuery(MySessionsQuery, { fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(RevokeSessionMutation);
  const [logoutEverywhere, everywhere] = useMutation(LogoutEverywhereMutation);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  async function onRevoke(id: string) {
    setBusyId(id);
    setActionError(null);
    try {
      await revoke({
        variables: { input: { id } },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Session', id }) });
          cache.gc();
        },
      });
    } catch (err) {
      setActionError(errorMessage(toApiError(err)));
    } finally {
      setBusyId(null);
    }
  }

  async function onLogoutEverywhere() {
    setActionError(null);
    try {
      await logoutEverywhere();
      navigate('/aanmelden', { state: { revoked: true } });
      await clearAfterLogout();
    } catch (err) {
      setActionError(errorMessage(toApiError(err)));
    }
  }

  // This session first, then the most recently active.
  const sessions = [...(data?.mySessions ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
  return (
    <section aria-labelledby="sessies-titel">
      <h2 id="sessies-titel">{t('account.sessions.title')}</h2>
      <p>{t('account.sessions.intro')}</p>
      {actionError && <Alert variant="error">{actionError}</Alert>}
      {loading && !data && <Loading />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && sessions.length === 0 && <EmptyState>{t('account.sessions.empty')}</EmptyState>}
      {sessions.length > 0 && (
        <ul className="card-list">
          {sessions.map((session) => (
            <li key={session.id} className="card session">
              <p className="session__agent">
                {session.userAgent || t('account.sessions.unknownDevice')}
                {session.current && <span className="badge"> {t('account.sessions.current')}</span>}
              </p>
              <dl className="meta">
                <dt>{t('account.sessions.createdAt')}</dt>
                <dd>{fmt.dateTime(session.createdAt)}</dd>
                <dt>{t('account.sessions.lastSeenAt')}</dt>
                <dd>{fmt.dateTime(session.lastSeenAt)}</dd>
              </dl>
              {!session.current && (
                <Button variant="secondary" busy={busyId === session.id} onClick={() => void onRevoke(session.id)}>
                  {t('account.sessions.revoke')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Button variant="danger" busy={everywhere.loading} onClick={() => void onLogoutEverywhere()}>
          {t('account.sessions.logoutEverywhere')}
        </Button>
      </p>
    </section>
  );
}
