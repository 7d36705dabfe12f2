import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { LogoutMutation, MeQuery } from '../graphql/operations';
import type { CurrentUser } from './useCurrentUser';

/** Forget everything cached for the previous user and record who is logged in now. */
export async function replaceCurrentUser(client: ApolloClient, user: CurrentUser | null): Promise<void> {
  await client.clearStore();
  client.writeQuery({ query: MeQuery, data: { me: user } });
}

export function useAuthActions() {
  const client = useApolloClient();
  const [logoutMutation] = useMutation(LogoutMutation);

  const signedIn = useCallback((user: CurrentUser) => replaceCurrentUser(client, user), [client]);
  const signedOut = useCallback(() => replaceCurrentUser(client, null), [client]);

  const logout = useCallback(async () => {
    try {
      await logoutMutation();
    } finally {
      // Even if the server call failed, forget the user locally.
      await replaceCurrentUser(client, null);
    }
  }, [client, logoutMutation]);

  return { signedIn, signedOut, logout };
}
