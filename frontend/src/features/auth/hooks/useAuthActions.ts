import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { LogoutMutation, MeQuery } from '../graphql/operations';

/**
 * After logging in: forget what was cached anonymously and refetch what is on screen
 * (including `me`) with the new session cookie.
 */
export async function resetSession(client: ApolloClient): Promise<void> {
  try {
    await client.resetStore();
  } catch {
    // A refetch failed; the affected queries show their own error state.
  }
}

/**
 * After logging out (or being logged out): drop all cached data and only refetch `me`,
 * so user-only queries on the page being left are not sent again without a session.
 */
export async function clearSession(client: ApolloClient): Promise<void> {
  try {
    await client.clearStore();
    await client.refetchQueries({ include: [MeQuery] });
  } catch {
    // `me` failed to load; the header falls back to the logged-out view.
  }
}

export function useAuthActions() {
  const client = useApolloClient();
  const [logoutMutation] = useMutation(LogoutMutation);

  const resetAfterLogin = useCallback(() => resetSession(client), [client]);
  const clearAfterLogout = useCallback(() => clearSession(client), [client]);

  /** Ends the session on the server; navigate away, then call clearAfterLogout(). */
  const logout = useCallback(async () => {
    try {
      await logoutMutation();
    } catch {
      // Even if the server call failed, the caller forgets the user locally.
    }
  }, [logoutMutation]);

  return { resetAfterLogin, clearAfterLogout, logout };
}
