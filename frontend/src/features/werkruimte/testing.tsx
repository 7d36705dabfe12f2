import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { OperationTypeNode } from 'graphql';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createCache } from '../../app/apollo';
import { i18n } from '../../app/i18n';
import { MeQuery } from '../auth/graphql/operations';

/** Test helpers for the werkruimte: mocked queries and a subscription link the test drives. */
export interface LiveRender extends RenderResult {
  subscriptions: MockSubscriptionLink;
  client: ApolloClient;
}

export function renderLive(
  ui: ReactElement,
  { mocks, route = '/', path = '*' }: { mocks: ReadonlyArray<MockLink.MockedResponse>; route?: string; path?: string },
): LiveRender {
  const subscriptions = new MockSubscriptionLink();
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    subscriptions,
    new MockLink(mocks, { showWarnings: false }),
  );
  const client = new ApolloClient({ link, cache: createCache() });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={path} element={ui} />
          </Routes>
        </MemoryRouter>
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { ...result, subscriptions, client };
}

export const ME = {
  __typename: 'User' as const,
  id: 'u-koen',
  email: 'coordinator@ketenwerk.test',
  displayName: 'Koen Coördinator',
  jobTitle: 'Regionaal coördinator',
  roles: ['MEMBER', 'COORDINATOR'],
  emailVerified: true,
  bestuur: {
    __typename: 'Bestuur' as const,
    id: 'b-Gent',
    code: '44021',
    name: 'Gent',
    kind: 'MUNICIPALITY',
    region: { __typename: 'Region' as const, id: 'r-gent', slug: 'regio-gent', name: 'Regio Gent' },
  },
  coordinatorOf: [{ __typename: 'Region' as const, id: 'r-gent', slug: 'regio-gent', name: 'Regio Gent' }],
};

/** `me` answered as the coordinator, any number of times. */
export const meMock: MockLink.MockedResponse = {
  request: { query: MeQuery },
  result: { data: { me: ME } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export const person = (id: string, displayName: string, bestuur = 'Gent') => ({
  __typename: 'User' as const,
  id,
  displayName,
  jobTitle: null,
  bestuur: { __typename: 'Bestuur' as const, id: `b-${bestuur}`, name: bestuur },
});

export const commentPermissions = (overrides: Record<string, boolean> = {}) => ({
  __typename: 'CommentPermissions' as const,
  edit: false,
  delete: false,
  reply: true,
  react: true,
  acceptAnswer: false,
  hide: false,
  report: true,
  ...overrides,
});

export function comment(id: string, author: ReturnType<typeof person>, text: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Comment' as const,
    id,
    parentId: null as string | null,
    createdAt: '2026-11-20T10:00:00.000Z',
    editedAt: null,
    edited: false,
    deleted: false,
    hidden: false,
    hiddenReason: null,
    body: text,
    bodyHtml: `<p>${text}</p>`,
    usefulCount: 0,
    viewerFoundUseful: false,
    author,
    viewerCan: commentPermissions(),
    ...extra,
  };
}
