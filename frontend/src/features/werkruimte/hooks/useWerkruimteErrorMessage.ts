import { useCallback } from 'react';
import type { ApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';

/**
 * As the app's error sentences, but a refusal (FORBIDDEN) shows the server's own reason, which
 * says what is going on: "Deze discussie is vergrendeld: er kunnen geen reacties meer bij."
 */
export function useWerkruimteErrorMessage(): (error: ApiError) => string {
  const base = useErrorMessage();
  return useCallback((error: ApiError) => (error.code === 'FORBIDDEN' && error.message ? error.message : base(error)), [base]);
}
