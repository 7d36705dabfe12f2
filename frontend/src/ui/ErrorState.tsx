import { useTranslation } from 'react-i18next';
import { toApiError } from '../app/errors';
import { useErrorMessage } from '../app/useErrorMessage';
import { Alert } from './Alert';
import { Button } from './Button';

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** Shown when loading data failed; offers a retry where it makes sense. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert variant="error" title={t('errors.loadFailed')}>
      <p>{message(toApiError(error))}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
