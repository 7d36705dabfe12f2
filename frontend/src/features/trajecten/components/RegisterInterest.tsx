import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RegisterBestuurInterestMutation, TrajectRolloutQuery } from '../graphql/operations';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';

export interface RegisterInterestProps {
  trajectId: string;
  slug: string;
  bestuur: { id: string; name: string };
}

/** A member registers their municipality's interest in the traject, on behalf of the bestuur. */
export function RegisterInterest({ trajectId, slug, bestuur }: RegisterInterestProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  // The same data as the rollout tab: where this municipality stands now.
  const rollout = useQuery(TrajectRolloutQuery, { variables: { slug } });
  const [register, { loading }] = useMutation(RegisterBestuurInterestMutation, { refetchQueries: ['TrajectRollout'] });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const status = rollout.data?.traject.rolloutGrid.find((entry) => entry.bestuur.id === bestuur.id)?.status;

  async function onClick() {
    setResult(null);
    try {
      await register({ variables: { input: { trajectId } } });
      setResult({ ok: true, text: t('trajecten.interest.done', { bestuur: bestuur.name }) });
    } catch (e) {
      setResult({ ok: false, text: errorMessage(toApiError(e)) });
    }
  }

  return (
    <div className="tj-interest">
      {status && status !== 'NIET_BETROKKEN' ? (
        <p>{t('trajecten.interest.current', { bestuur: bestuur.name, status: t(`trajecten.rollout.status.${status}`) })}</p>
      ) : (
        <>
          <p className="field__hint">{t('trajecten.interest.hint', { bestuur: bestuur.name })}</p>
          <Button variant="secondary" busy={loading} onClick={() => void onClick()}>
            {t('trajecten.interest.button', { bestuur: bestuur.name })}
          </Button>
        </>
      )}
      {result && <Alert variant={result.ok ? 'success' : 'error'}>{result.text}</Alert>}
    </div>
  );
}
