import { useEffect } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { io } from 'socket.io-client';
import { MeQuery } from '../graphql/operations';
import { clearSession } from './useAuthActions';
import { toApiError } from '../../../app/errors';
import { publishSessionSocket } from '../../../app/sessionSocket';

/**
 * While logged in, keep a socket.io connection (shared with features through app/sessionSocket).
 * When the server says this user's sessions were revoked, check whether *this* session still
 * works; if not, reset and go to log in.
 */
export function useSessionSocket(userId: string | null): void {
  const client = useApolloClient();
  const navigate = useNavigate();

  useEffect(() => {
    if (!userId) return undefined;
    // WebSocket only: no long-polling, so several instances need no sticky sessions.
    const socket = io({ path: '/socket.io', withCredentials: true, transports: ['websocket'] });
    // Features listen on this one connection (useSocketEvent / useSocketConnect in app/sessionSocket).
    publishSessionSocket(socket);
    socket.on('session:revoked', async () => {
      let stillLoggedIn = false;
      try {
        const result = await client.query({ query: MeQuery, fetchPolicy: 'network-only' });
        stillLoggedIn = !!result.data?.me;
      } catch (error) {
        // Network trouble: keep the user; an UNAUTHENTICATED answer means the session is gone.
        stillLoggedIn = toApiError(error).code !== 'UNAUTHENTICATED';
      }
      if (!stillLoggedIn) {
        navigate('/aanmelden', { state: { revoked: true } });
        await clearSession(client);
      }
    });
    return () => {
      publishSessionSocket(null);
      socket.disconnect();
    };
  }, [userId, client, navigate]);
}
