import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Werkruimte: comments page like a Relay list; permission objects are merged, not replaced.
      Thread: { fields: { comments: relayStylePagination() } },
      ThreadPermissions: { merge: true },
      CommentPermissions: { merge: true },
      SpacePermissions: { merge: true },
      Query: {
        fields: {
          users: relayStylePagination(['search']),
          besturen: relayStylePagination(['search', 'regionSlug']),
          outgoingMails: relayStylePagination(false),
          notifications: relayStylePagination(['unreadOnly']),
          myFollows: relayStylePagination(['targetType']),
          threads: relayStylePagination(['spaceId', 'kind', 'status', 'tag', 'mine', 'unread', 'sort']),
          discussionReports: relayStylePagination(['spaceId', 'status']),
          moderationLog: relayStylePagination(false),
          region: { keyArgs: ['slug'] },
        },
      },
    },
  });
}

const reconnectListeners = new Set<() => void>();

/**
 * Called whenever the GraphQL WebSocket connects again after losing its connection, so a
 * subscription can start again from the last position it saw (graphql-ws would resend the old one).
 */
export function onRealtimeReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => {
    reconnectListeners.delete(listener);
  };
}

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    headers: { 'apollo-require-preflight': 'true' },
  });

  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  const ws = new GraphQLWsLink(
    createClient({
      url: wsUrl,
      lazy: true,
      retryAttempts: 5,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) for (const listener of reconnectListeners) listener();
        },
      },
    }),
  );

  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    ws,
    http,
  );

  return new ApolloClient({ link, cache: createCache() });
}
