import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ResendVerificationMutation } from '../graphql/operations';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

export function ResendVerification() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [resend, { loading }] = useMutation(ResendVerificationMutation);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  async function onClick() {
    try {
      await resend();
      setResult({ ok: true, message: t('account.verify.sent') });
    } catch (error) {
      setResult({ ok: false, message: errorMessage(toApiError(error)) });
    }
  }

  return (
    <div className="notice">
      <p>{t('account.verify.notVerified')}</p>
      {result && <Alert variant={result.ok ? 'success' : 'error'}>{result.message}</Alert>}
      <Button variant="secondary" busy={loading} onClick={() => void onClick()}>
        {t('account.verify.resend')}
      </Button>
    </div>
  );
}
