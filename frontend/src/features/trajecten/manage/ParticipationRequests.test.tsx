import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ParticipationRequests, PENDING_SHOWN } from './ParticipationRequests';
import { DecideParticipationRequestMutation, TrajectSubscribersQuery } from '../graphql/manage';
import { graphQLError, renderWithProviders, type Mocks } from '../../../test/render';

const TRAJECT_ID = 't1';
const request = {
  __typename: 'TrajectSubscription',
  id: 's-fatima',
  level: 'DEELNEMEN',
  requestStatus: 'PENDING',
  requestMessage: 'Mechelen wil graag aansluiten in het voorjaar.',
  createdAt: '2025-11-20T09:30:00Z',
  user: {
    __typename: 'User',
    id: 'u-fatima',
    displayName: 'Fatima El Amrani',
    jobTitle: 'Informatieveiligheidsconsulent',
    bestuur: { __typename: 'Bestuur', id: 'b-mechelen', name: 'Mechelen' },
  },
  bestuur: { __typename: 'Bestuur', id: 'b-mechelen', name: 'Mechelen', nisCode: '12025' },
};

function pending(nodes: (typeof request)[]): Mocks[number] {
  return {
    request: { query: TrajectSubscribersQuery, variables: { trajectId: TRAJECT_ID, requestStatus: 'PENDING', first: PENDING_SHOWN } },
    result: {
      data: {
        trajectSubscribers: {
          __typename: 'TrajectSubscriptionConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: nodes.map((node) => ({ __typename: 'TrajectSubscriptionEdge', node })),
        },
      },
    },
  };
}

function decided(accept: boolean) {
  return {
    data: {
      decideParticipationRequest: {
        __typename: 'TrajectSubscription',
        id: request.id,
        level: accept ? 'DEELNEMEN' : 'VOLGEN',
        requestStatus: accept ? 'ACCEPTED' : 'DECLINED',
        decisionMessage: 'Welkom!',
        decidedAt: '2025-11-21T08:00:00Z',
        traject: {
          __typename: 'Traject',
          id: TRAJECT_ID,
          participantCount: accept ? 1 : 0,
          followerCount: accept ? 0 : 1,
          pendingRequestCount: 0,
          rolloutCounts: { __typename: 'RolloutCounts', notInvolved: 200, interested: 20, participant: 57, live: 8, total: 285 },
        },
      },
    },
  };
}

describe('ParticipationRequests', () => {
  it('shows a pending request and accepts it with a message', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ParticipationRequests trajectId={TRAJECT_ID} />, {
      mocks: [
        pending([request]),
        {
          request: {
            query: DecideParticipationRequestMutation,
            variables: { input: { subscriptionId: request.id, accept: true, message: 'Welkom! We nemen contact op.' } },
          },
          result: decided(true),
        },
        pending([]),
      ],
    });

    const card = (await screen.findByRole('heading', { name: 'Fatima El Amrani voor Mechelen' })).closest('li') as HTMLElement;
    expect(within(card).getByText('Mechelen wil graag aansluiten in het voorjaar.')).toBeVisible();
    expect(within(card).getByText(/gevraagd op 20 nov 2025/)).toBeVisible();

    await user.type(within(card).getByLabelText(/Bericht aan Fatima El Amrani/), 'Welkom! We nemen contact op.');
    await user.click(within(card).getByRole('button', { name: /^Aanvaarden\W+Fatima El Amrani/ }));

    expect(await screen.findByText('Je aanvaardde de aanvraag van Fatima El Amrani: Mechelen neemt nu deel.')).toBeVisible();
    expect(await screen.findByText('Er wachten geen aanvragen.')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Fatima El Amrani voor Mechelen' })).not.toBeInTheDocument();
  });

  it('declines a request without a message', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ParticipationRequests trajectId={TRAJECT_ID} />, {
      mocks: [
        pending([request]),
        {
          request: { query: DecideParticipationRequestMutation, variables: { input: { subscriptionId: request.id, accept: false } } },
          result: decided(false),
        },
        pending([]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: /^Weigeren\W+Fatima El Amrani/ }));
    expect(await screen.findByText(/Je weigerde de aanvraag van Fatima El Amrani/)).toBeVisible();
  });

  it('says so when the request was already decided', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ParticipationRequests trajectId={TRAJECT_ID} />, {
      mocks: [
        pending([request]),
        {
          request: { query: DecideParticipationRequestMutation, variables: { input: { subscriptionId: request.id, accept: true } } },
          result: graphQLError('Over deze aanvraag is al beslist, of ze werd ingetrokken.', { code: 'CONFLICT' }),
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: /^Aanvaarden\W+Fatima El Amrani/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Over deze aanvraag is al beslist, of ze werd ingetrokken.');
    expect(screen.getByRole('heading', { name: 'Fatima El Amrani voor Mechelen' })).toBeVisible();
  });

  it('says when nothing is waiting', async () => {
    renderWithProviders(<ParticipationRequests trajectId={TRAJECT_ID} />, { mocks: [pending([])] });
    expect(await screen.findByText('Er wachten geen aanvragen.')).toBeVisible();
  });
});
