import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { i18n } from '../app/i18n';
import { MeQuery } from '../features/auth/graphql/operations';

export type Mocks = ReadonlyArray<MockLink.MockedResponse>;

export interface RenderOptions {
  mocks?: Mocks;
  route?: string;
}

/** Renders with i18n (nl-BE), a mocked Apollo link and an in-memory router. */
export function renderWithProviders(ui: ReactElement, { mocks = [], route = '/' }: RenderOptions = {}): RenderResult {
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}

/** `me` answered as anonymous, usable any number of times. */
export const anonymousMe: MockLink.MockedResponse = {
  request: { query: MeQuery },
  result: { data: { me: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** A GraphQL error response as the backend sends it. */
export function graphQLError(message: string, extensions: Record<string, unknown>) {
  return { errors: [{ message, extensions }] };
}
