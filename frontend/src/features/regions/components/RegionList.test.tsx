import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { RegionList } from './RegionList';
import { RegionsQuery } from '../graphql/operations';
import { renderWithProviders } from '../../../test/render';

const regions = [
  {
    __typename: 'Region',
    id: 'r2',
    slug: 'regio-gent',
    name: 'Regio Gent',
    province: 'Oost-Vlaanderen',
    population: 461_372,
    bestuurCount: 9,
    coordinators: [],
  },
  {
    __typename: 'Region',
    id: 'r1',
    slug: 'regio-antwerpen',
    name: 'Regio Antwerpen',
    province: 'Antwerpen',
    population: 1_040_196,
    bestuurCount: 13,
    coordinators: [{ __typename: 'User', id: 'u1', displayName: 'Katrien Janssens' }],
  },
];

describe('RegionList', () => {
  it('lists the regions with Belgian number formatting', async () => {
    renderWithProviders(<RegionList />, {
      mocks: [{ request: { query: RegionsQuery }, result: { data: { regions } } }],
    });

    const antwerpen = await screen.findByRole('link', { name: 'Regio Antwerpen' });
    expect(antwerpen).toHaveAttribute('href', '/regios/regio-antwerpen');
    const card = antwerpen.closest('li') as HTMLElement;
    expect(within(card).getByText('1.040.196')).toBeVisible();
    expect(within(card).getByText('13')).toBeVisible();
    expect(within(card).getByText('Katrien Janssens')).toBeVisible();

    const gent = screen.getByRole('link', { name: 'Regio Gent' }).closest('li') as HTMLElement;
    expect(within(gent).getByText('461.372')).toBeVisible();
    expect(within(gent).getByText('Nog geen coördinator')).toBeVisible();

    // Alphabetical: Antwerpen before Gent.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Regio Antwerpen', 'Regio Gent']);
  });

  it('shows an error with a retry button when loading fails', async () => {
    renderWithProviders(<RegionList />, {
      mocks: [{ request: { query: RegionsQuery }, error: new TypeError('Failed to fetch') }],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Laden mislukt');
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  });
});
