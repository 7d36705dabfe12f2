import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SubscribeControl } from './SubscribeControl';
import { SubscribeToTrajectMutation, UnsubscribeFromTrajectMutation } from '../graphql/operations';
import { anonymousMe, graphQLError, renderWithProviders } from '../../../test/render';
import { rolloutMock, signedInMe } from '../test/fixtures';

const TRAJECT = { id: 't1', slug: 'digitale-aangifte-overlijden', title: 'Digitale aangifte overlijden' };
const MECHELEN = { id: 'b-mechelen', name: 'Mechelen', kind: 'MUNICIPALITY' as const };

function subscription(level: 'VOLGEN' | 'DEELNEMEN', requestStatus: 'PENDING' | 'ACCEPTED' | 'DECLINED' | null, decisionMessage: string | null = null) {
  return {
    __typename: 'TrajectSubscription' as const,
    id: 's1',
    level,
    requestStatus,
    requestMessage: null as string | null,
    decisionMessage,
    decidedAt: null,
    bestuur: level === 'DEELNEMEN' || requestStatus ? { __typename: 'Bestuur' as const, id: MECHELEN.id, name: MECHELEN.name } : null,
  };
}

function subscribed(sub: ReturnType<typeof subscription>) {
  return {
    data: {
      subscribeToTraject: {
        ...sub,
        traject: { __typename: 'Traject', id: TRAJECT.id, participantCount: 0, followerCount: 1, pendingRequestCount: 1, viewerSubscription: sub },
      },
    },
  };
}

describe('SubscribeControl', () => {
  it('asks anonymous visitors to log in', async () => {
    renderWithProviders(<SubscribeControl trajectId={TRAJECT.id} slug={TRAJECT.slug} title={TRAJECT.title} subscription={null} />, { mocks: [anonymousMe] });
    expect(await screen.findByRole('link', { name: 'Aanmelden' })).toHaveAttribute('href', '/aanmelden');
    expect(screen.queryByRole('button', { name: 'Inschrijven' })).not.toBeInTheDocument();
  });

  it('sends a request to take part for the member\'s municipality, with a message', async () => {
    const user = userEvent.setup();
    const pending = { ...subscription('DEELNEMEN', 'PENDING'), requestMessage: 'Wij willen in het voorjaar starten.' };
    renderWithProviders(<SubscribeControl trajectId={TRAJECT.id} slug={TRAJECT.slug} title={TRAJECT.title} subscription={null} />, {
      mocks: [
        signedInMe(MECHELEN),
        rolloutMock(TRAJECT.slug, MECHELEN, 'NIET_BETROKKEN'),
        {
          request: {
            query: SubscribeToTrajectMutation,
            variables: { input: { trajectId: TRAJECT.id, level: 'DEELNEMEN', message: 'Wij willen in het voorjaar starten.' } },
          },
          result: subscribed(pending),
        },
      ],
    });
    expect(await screen.findByText('Je bent niet ingeschreven op dit traject.')).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Interesse van Mechelen registreren' })).toBeVisible();

    const open = screen.getByRole('button', { name: 'Inschrijven' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('radio', { name: 'Volgen' })).toBeChecked();
    const deelnemen = screen.getByRole('radio', { name: 'Deelnemen' });
    expect(deelnemen).toHaveAccessibleDescription(/Mechelen wil actief meewerken/);

    await user.click(deelnemen);
    await user.type(screen.getByLabelText(/Bericht aan het team/), 'Wij willen in het voorjaar starten.');
    await user.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));

    expect(await screen.findByText('Je aanvraag voor Mechelen is verstuurd naar het team.')).toBeVisible();
    expect(screen.queryByRole('radio', { name: 'Deelnemen' })).not.toBeInTheDocument();
  });

  it('changes a pending request back to following', async () => {
    const user = userEvent.setup();
    const following = subscription('VOLGEN', null);
    renderWithProviders(
      <SubscribeControl trajectId={TRAJECT.id} slug={TRAJECT.slug} title={TRAJECT.title} subscription={subscription('DEELNEMEN', 'PENDING')} />,
      {
        mocks: [
          signedInMe(MECHELEN),
          rolloutMock(TRAJECT.slug, MECHELEN, 'NIET_BETROKKEN'),
          {
            request: { query: SubscribeToTrajectMutation, variables: { input: { trajectId: TRAJECT.id, level: 'VOLGEN' } } },
            result: subscribed(following),
          },
        ],
      },
    );
    expect(await screen.findByText('Je vroeg om met Mechelen deel te nemen. Het team beslist nog.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Niveau wijzigen' }));
    // The other level is proposed.
    expect(screen.getByRole('radio', { name: 'Volgen' })).toBeChecked();
    expect(screen.queryByLabelText(/Bericht aan het team/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Volgen' }));

    expect(await screen.findByText('Je volgt nu Digitale aangifte overlijden.')).toBeVisible();
  });

  it('unsubscribes, and shows the team\'s message after a declined request', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <SubscribeControl
        trajectId={TRAJECT.id}
        slug={TRAJECT.slug}
        title={TRAJECT.title}
        subscription={subscription('VOLGEN', 'DECLINED', 'We starten eerst met de pioniers.')}
      />,
      {
        mocks: [
          signedInMe(MECHELEN),
          rolloutMock(TRAJECT.slug, MECHELEN, 'NIET_BETROKKEN'),
          {
            request: { query: UnsubscribeFromTrajectMutation, variables: { input: { trajectId: TRAJECT.id } } },
            result: {
              data: {
                unsubscribeFromTraject: {
                  __typename: 'Traject',
                  id: TRAJECT.id,
                  participantCount: 0,
                  followerCount: 0,
                  pendingRequestCount: 0,
                  viewerSubscription: null,
                },
              },
            },
          },
        ],
      },
    );
    expect(await screen.findByText(/Het team kon je aanvraag om deel te nemen niet aanvaarden/)).toBeVisible();
    expect(screen.getByText('We starten eerst met de pioniers.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Uitschrijven' }));
    expect(await screen.findByText('Je bent uitgeschreven voor Digitale aangifte overlijden.')).toBeVisible();
  });

  it('only lets members of a municipality take part, and shows server errors', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SubscribeControl trajectId={TRAJECT.id} slug={TRAJECT.slug} title={TRAJECT.title} subscription={null} />, {
      mocks: [
        signedInMe({ id: 'b-vvsg', name: 'VVSG', kind: 'PARTNER' }),
        {
          request: { query: SubscribeToTrajectMutation, variables: { input: { trajectId: TRAJECT.id, level: 'VOLGEN' } } },
          result: graphQLError('Je volgt dit traject al.', { code: 'CONFLICT' }),
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Inschrijven' }));
    const deelnemen = screen.getByRole('radio', { name: 'Deelnemen' });
    expect(deelnemen).toBeDisabled();
    expect(deelnemen).toHaveAccessibleDescription(/Koppel je profiel eerst aan je gemeente/);
    expect(screen.queryByRole('button', { name: /Interesse van/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Volgen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Je volgt dit traject al.');
  });

  it('does not offer to register interest when the municipality is already involved', async () => {
    renderWithProviders(
      <SubscribeControl trajectId={TRAJECT.id} slug={TRAJECT.slug} title={TRAJECT.title} subscription={subscription('VOLGEN', null)} />,
      { mocks: [signedInMe(MECHELEN), rolloutMock(TRAJECT.slug, MECHELEN, 'LIVE')] },
    );
    expect(await screen.findByText('Mechelen staat in dit traject geregistreerd als ‘Live’.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Interesse van/ })).not.toBeInTheDocument();
    expect(screen.getByText('Je volgt dit traject.')).toBeVisible();
  });
});
