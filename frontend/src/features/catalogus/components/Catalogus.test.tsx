import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { Catalogus } from './Catalogus';
import { CatalogusSolutionsQuery, CatalogusVoorMijnBestuurQuery } from '../graphql/solutions';
import { anonymousMe, renderWithProviders, type Mocks } from '../../../test/render';
import { fit, memberMe, solutionCard } from '../__fixtures__/fixtures';

function Address() {
  const { search } = useLocation();
  return <output aria-label="adres">{search}</output>;
}

const NO_FILTERS = { search: null, type: null, domain: null, maturity: null, openSource: null };
const eloket = solutionCard();
const sjabloon = solutionCard({
  id: 's-sjabloon',
  slug: 'informatieveiligheidsbeleid-sjabloon',
  name: 'Sjabloon informatieveiligheidsbeleid',
  summary: 'Een sjabloon voor het beleid.',
  type: 'STANDAARD',
  domains: ['INFORMATIEVEILIGHEID'],
  openSource: false,
  licence: null,
  adopterCount: 0,
});

function page(nodes: ReturnType<typeof solutionCard>[], totalCount = nodes.length) {
  return {
    data: {
      solutions: {
        __typename: 'SolutionConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'SolutionEdge', cursor: node.id, node })),
      },
    },
  };
}

function solutionsMock(variables: Record<string, unknown>, nodes: ReturnType<typeof solutionCard>[]): Mocks[number] {
  return {
    request: { query: CatalogusSolutionsQuery, variables: { ...NO_FILTERS, first: 20, fitsBestuur: null, ...variables } },
    result: page(nodes),
  };
}

describe('Catalogus filters', () => {
  it('filters by type: the list, the count and the address follow the checkbox', async () => {
    renderWithProviders(
      <>
        <Catalogus />
        <Address />
      </>,
      {
      mocks: [anonymousMe, solutionsMock({}, [eloket, sjabloon]), solutionsMock({ type: ['STANDAARD'] }, [sjabloon])],
      route: '/catalogus',
    });
    expect(await screen.findByRole('link', { name: 'E-loket voor attesten en uittreksels' })).toBeVisible();
    expect(screen.getByText('2 van 2 getoond')).toBeVisible();
    // Anonymous visitors are told how to get "past bij mijn bestuur".
    expect(screen.queryByLabelText(/Past bij mijn bestuur/)).not.toBeInTheDocument();
    expect(screen.getByText(/Meld je aan met een account van een gemeente/)).toBeVisible();

    const typeGroup = screen.getByRole('group', { name: 'Type' });
    await userEvent.setup().click(within(typeGroup).getByLabelText('Standaard of afspraak'));

    expect(await screen.findByText('1 van 1 getoond')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'E-loket voor attesten en uittreksels' })).not.toBeInTheDocument();
    const card = screen.getByRole('link', { name: 'Sjabloon informatieveiligheidsbeleid' }).closest('li') as HTMLElement;
    expect(within(card).getByText('Geen open source')).toBeVisible();
    expect(within(card).getByText('0 besturen gebruiken het')).toBeVisible();
    expect(screen.getByRole('status', { name: 'adres' })).toHaveTextContent('?type=STANDAARD');
    expect(screen.getByRole('button', { name: 'Filter wissen' })).toBeVisible();
  });

  it('offers "past bij mijn bestuur" to a member of a municipality and sends its NIS code', async () => {
    renderWithProviders(<Catalogus />, {
      mocks: [memberMe, solutionsMock({}, [eloket, sjabloon]), solutionsMock({ fitsBestuur: '41002' }, [eloket])],
      route: '/catalogus',
    });
    await screen.findByText('2 van 2 getoond');
    const fits = await screen.findByLabelText('Past bij mijn bestuur (Aalst)');
    expect(fits).toHaveAccessibleDescription(/grootte en de maturiteitsvereisten bij Aalst passen/);
    await userEvent.setup().click(fits);
    expect(await screen.findByText('1 van 1 getoond')).toBeVisible();
    expect(fits).toBeChecked();
    expect(await screen.findByRole('link', { name: 'Voor mijn bestuur: wat past bij Aalst?' })).toHaveAttribute('href', '/voor-mijn-bestuur');
  });

  it('sorts by fit for the member’s bestuur, with rank, score and reasons', async () => {
    const ranked = {
      request: { query: CatalogusVoorMijnBestuurQuery, variables: { ...NO_FILTERS, first: 20 } },
      result: {
        data: {
          voorMijnBestuur: {
            __typename: 'SolutionFitConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [{ __typename: 'SolutionFitEdge', cursor: 'c1', node: { ...fit(), solution: eloket } }],
          },
        },
      },
    };
    renderWithProviders(<Catalogus />, {
      mocks: [memberMe, solutionsMock({}, [eloket, sjabloon]), ranked],
      route: '/catalogus',
    });
    await screen.findByText('2 van 2 getoond');
    await userEvent.setup().selectOptions(await screen.findByLabelText('Sorteren'), 'Best passend voor Aalst');
    expect(await screen.findByText('Nr. 1')).toBeVisible();
    expect(screen.getByText('74 van 100 punten')).toBeVisible();
    expect(screen.getByText(/Nog nodig: Koppeling met het Burgerprofiel\./)).toBeVisible();
  });
});
