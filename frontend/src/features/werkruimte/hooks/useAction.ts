import { useCallback, useState } from 'react';
import { toApiError } from '../../../app/errors';
import { useWerkruimteErrorMessage } from './useWerkruimteErrorMessage';

/** Runs one mutation at a time for a button and keeps its error as a sentence for the user. */
export function useAction() {
  const message = useWerkruimteErrorMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (e) {
        const apiError = toApiError(e);
        setError(Object.values(apiError.fields)[0] ?? message(apiError));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [message],
  );

  return { busy, error, run, clearError: () => setError(null) };
}
