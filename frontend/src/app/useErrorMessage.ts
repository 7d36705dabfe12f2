import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from './errors';

/** Turns an ApiError into one sentence for the user, in the current language. */
export function useErrorMessage(): (error: ApiError) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: ApiError) => {
      switch (error.code) {
        case 'RATE_LIMITED':
          return error.retryAfterSeconds
            ? t('errors.rateLimitedRetry', { count: error.retryAfterSeconds })
            : t('errors.rateLimited');
        case 'BAD_USER_INPUT':
        case 'CONFLICT':
          return error.message || t(`errors.${error.code}`);
        default:
          return t(`errors.${error.code}`);
      }
    },
    [t],
  );
}
