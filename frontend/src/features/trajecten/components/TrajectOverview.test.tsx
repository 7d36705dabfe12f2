import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TrajectOverview, TRAJECTEN_PAGE_SIZE } from './TrajectOverview';
import { TrajectenQuery } from '../graphql/operations';
import { anonymousMe, renderWithProviders, type Mocks } from '../../../test/render';
import { card, connection, signedInMe } from '../test/fixtures';

const overlijden = card();
const meldingskaart = card({
  id: 't-melding',
  slug: 'meldingskaart-openbaar-domein',
  title: 'Meldingskaart voor het openbaar domein',
  summary: 'Burgers melden een sluikstort op een kaart.',
  phase: 'ADOPTEREN',
  pillars: ['INFORMATIE_ICT_CAPACITEIT'],
  status: 'PILOOTFASE',
  visibility: 'MEMBERS',
  progress: 17,
  isDemo: false,
  participantCount: 1,
  followerCount: 0,
  latestUpdate: null,
});

function trajecten(variables: Record<string, unknown>, nodes: ReturnType<typeof card>[]): Mocks[number] {
  return { request: { query: TrajectenQuery, variables: { first: TRAJECTEN_PAGE_SIZE, ...variables } }, result: { data: connection(nodes) } };
}

describe('TrajectOverview', () => {
  it('shows each traject as a card with status, phase, pillars, progress and counts', async () => {
    renderWithProviders(<TrajectOverview />, { mocks: [anonymousMe, trajecten({}, [overlijden, meldingskaart])] });

    const link = await screen.findByRole('link', { name: 'Digitale aangifte overlijden' });
    expect(link).toHaveAttribute('href', '/trajecten/digitale-aangifte-overlijden');
    const first = link.closest('li') as HTMLElement;
    expect(within(first).getByText('Uitrol')).toBeVisible();
    expect(within(first).getByText('Innoveren')).toBeVisible();
    expect(within(first).getByText('Demo')).toBeVisible();
    expect(within(first).getByText('Interbestuurlijke ketenintegratie, Lokale besturen als volwaardige ketenpartner')).toBeVisible();
    expect(within(first).getByRole('progressbar', { name: 'Voortgang van Digitale aangifte overlijden' })).toHaveValue(27);
    expect(within(first).getByText('27%')).toBeVisible();
    expect(within(first).getByText('3 deelnemers · 12 volgers')).toBeVisible();
    expect(within(first).getByText('15 januari 2024 tot 31 maart 2026')).toBeVisible();

    const second = screen.getByRole('link', { name: 'Meldingskaart voor het openbaar domein' }).closest('li') as HTMLElement;
    expect(within(second).getByText('Pilootfase')).toBeVisible();
    expect(within(second).getByText('Alleen voor leden')).toBeVisible();
    expect(within(second).getByText('1 deelnemer · 0 volgers')).toBeVisible();

    expect(screen.getByRole('status')).toHaveTextContent('2 trajecten gevonden');
    // "Mijn trajecten" is for signed-in people only.
    expect(screen.queryByLabelText('Alleen mijn trajecten')).not.toBeInTheDocument();
  });

  it('filters by status, phase and pillar and can clear the filters', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TrajectOverview />, {
      mocks: [
        anonymousMe,
        trajecten({}, [overlijden, meldingskaart]),
        trajecten({ status: 'PILOOTFASE' }, [meldingskaart]),
        trajecten({ status: 'PILOOTFASE', phase: 'ADOPTEREN' }, [meldingskaart]),
        trajecten({ status: 'PILOOTFASE', phase: 'ADOPTEREN', pillar: 'LOKALE_BESTUREN_KETENPARTNER' }, []),
        trajecten({}, [overlijden, meldingskaart]),
      ],
    });
    await screen.findByRole('link', { name: 'Digitale aangifte overlijden' });

    await user.selectOptions(screen.getByLabelText('Status'), 'Pilootfase');
    expect(await screen.findByText('1 traject gevonden')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Digitale aangifte overlijden' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Meldingskaart voor het openbaar domein' })).toBeVisible();

    await user.selectOptions(screen.getByLabelText('Aanpak'), 'Adopteren');
    await user.selectOptions(screen.getByLabelText('Pijler'), 'Lokale besturen als volwaardige ketenpartner');
    expect(await screen.findByText('Er zijn geen trajecten die aan deze filters voldoen.')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('0 trajecten gevonden');

    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(await screen.findByRole('link', { name: 'Digitale aangifte overlijden' })).toBeVisible();
    expect(screen.getByLabelText('Status')).toHaveValue('');
  });

  it('shows only my trajecten when a signed-in person asks for them', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TrajectOverview />, {
      mocks: [
        signedInMe({ id: 'b-mechelen', name: 'Mechelen', kind: 'MUNICIPALITY' }),
        trajecten({}, [overlijden, meldingskaart]),
        trajecten({ mine: true }, [overlijden]),
      ],
    });
    await screen.findByRole('link', { name: 'Meldingskaart voor het openbaar domein' });
    // The choice appears once the page knows who is signed in.
    await user.click(await screen.findByLabelText('Alleen mijn trajecten'));
    expect(await screen.findByText('1 traject gevonden')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Digitale aangifte overlijden' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Meldingskaart voor het openbaar domein' })).not.toBeInTheDocument();
  });
});
