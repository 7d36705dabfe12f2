import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { VoorMijnBestuur } from './VoorMijnBestuur';
import { FitCard } from './FitCard';
import { CatalogusVoorMijnBestuurQuery } from '../graphql/solutions';
import { renderWithProviders } from '../../../test/render';
import { fit, memberMe, solutionCard } from '../__fixtures__/fixtures';

describe('fit explanations', () => {
  it('explains a recommendation in words: reasons for and against, gaps, peers and the plan with covered steps ticked', () => {
    renderWithProviders(
      <ol>
        <FitCard fit={{ ...fit(), solution: solutionCard() }} />
      </ol>,
    );
    const reasons = screen.getByRole('heading', { name: 'Waarom deze plaats?' }).nextElementSibling as HTMLElement;
    const items = within(reasons).getAllByRole('listitem');
    // Met or not is said in text (for screen readers) and shown with a tick or cross, never by colour alone.
    expect(items[0]).toHaveTextContent('Pluspunt: Technisch Aanwezig: MAGDA-aansluiting.');
    expect(items[1]).toHaveTextContent('Aandachtspunt: Technisch Nog nodig: Koppeling met het Burgerprofiel.');
    expect(within(items[1]).getByText('✗')).toHaveAttribute('aria-hidden', 'true');

    const gaps = screen.getByRole('heading', { name: 'Wat heeft u nog nodig?' }).nextElementSibling as HTMLElement;
    expect(gaps).toHaveTextContent('Koppeling met het Burgerprofiel (vereiste voorziening)');

    expect(screen.getByRole('heading', { name: 'Gebruikt door 2 collega-besturen' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ninove' })).toHaveAttribute('href', '/besturen/41048');
    expect(screen.getByText(/In gebruik, zelfde regio/)).toBeVisible();

    expect(screen.getByText('Implementatieplan: 1 van 2 stappen al gedekt')).toBeInTheDocument();
    const steps = screen.getAllByText(/al gedekt|nog te doen/).filter((el) => el.classList.contains('plan__state'));
    expect(steps.map((s) => s.textContent)).toEqual(['al gedekt', 'nog te doen']);
    expect(screen.getByText('Technische voorzieningen').nextElementSibling).toHaveTextContent('20 van 40');
  });

  it('ranks the recommendations for the member’s municipality, best first', async () => {
    const second = { ...fit({ rank: 2, score: 41, gaps: [], explanations: [] }), solution: solutionCard({ id: 's2', slug: 'chatbot', name: 'Chatbot voor veelgestelde vragen' }) };
    renderWithProviders(<VoorMijnBestuur />, {
      mocks: [
        memberMe,
        {
          request: { query: CatalogusVoorMijnBestuurQuery, variables: { first: 10 } },
          result: {
            data: {
              voorMijnBestuur: {
                __typename: 'SolutionFitConnection',
                totalCount: 2,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [
                  { __typename: 'SolutionFitEdge', cursor: 'c1', node: { ...fit(), solution: solutionCard() } },
                  { __typename: 'SolutionFitEdge', cursor: 'c2', node: second },
                ],
              },
            },
          },
        },
      ],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Voor mijn bestuur' })).toBeVisible();
    const list = await screen.findByRole('list', { name: 'Aanbevolen oplossingen, best passend eerst' });
    const titles = within(list).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(['E-loket voor attesten en uittreksels', 'Chatbot voor veelgestelde vragen']);
    expect(within(list).getByText('Nr. 2')).toBeVisible();
    expect(within(list).getByText(/Niets: alle vereiste voorzieningen/)).toBeVisible();
    expect(screen.getByRole('link', { name: /Profiel van Aalst bekijken/ })).toHaveAttribute('href', '/besturen/41002');
  });
});
