import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VerifyEmailMutation } from '../graphql/operations';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';

type State = { kind: 'pending' } | { kind: 'ok' } | { kind: 'failed'; message: string };

/** Confirms the e-mail address once on load (guarded against double effects). */
export function VerifyEmail({ token }: { token: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { user } = useCurrentUser();
  const [verify] = useMutation(VerifyEmailMutation);
  const [state, setState] = useState<State>({ kind: 'pending' });
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    verify({ variables: { input: { token } } })
      .then(() => setState({ kind: 'ok' }))
      .catch((error: unknown) => {
        const apiError = toApiError(error);
        const invalid = apiError.code === 'BAD_USER_INPUT' || apiError.code === 'NOT_FOUND';
        setState({ kind: 'failed', message: invalid ? t('verifyEmail.invalid') : errorMessage(apiError) });
      });
  }, [token, verify, t, errorMessage]);

  if (state.kind === 'pending') return <Loading label={t('verifyEmail.pending')} />;
  if (state.kind === 'failed') {
    return (
      <Alert variant="error" title={t('verifyEmail.failedTitle')}>
        <p>{state.message}</p>
      </Alert>
    );
  }
  return (
    <Alert variant="success" title={t('verifyEmail.okTitle')}>
      <p>{user ? <Link to="/">{t('verifyEmail.homeLink')}</Link> : <Link to="/aanmelden">{t('verifyEmail.loginLink')}</Link>}</p>
    </Alert>
  );
}
