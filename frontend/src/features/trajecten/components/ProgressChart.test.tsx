import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProgressChart } from './ProgressChart';
import { renderWithProviders } from '../../../test/render';

const history = [
  { at: '2024-01-15T09:00:00Z', progress: 0, mode: 'ROLLUP' as const, reason: null },
  { at: '2024-12-18T10:00:00Z', progress: 27, mode: 'ROLLUP' as const, reason: null },
  { at: '2025-06-30T08:00:00Z', progress: 40, mode: 'MANUAL' as const, reason: 'Uitvaartondernemers grotendeels aangesloten' },
];

describe('ProgressChart', () => {
  it('draws an SVG described in words, with the same data as a table', async () => {
    renderWithProviders(<ProgressChart history={history} now={new Date('2025-11-01T00:00:00Z')} />);

    const chart = screen.getByRole('img', { name: /Voortgang door de tijd/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart).toHaveAccessibleName(
      'Voortgang door de tijd De voortgang ging van 0% op 15 januari 2024 naar 40% op 30 juni 2025, in 3 stappen.',
    );
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    expect(screen.getByRole('figure', { name: 'Voortgang door de tijd' })).toBeVisible();

    // The table alternative is behind a disclosure and holds every point.
    const table = screen.getByRole('table', { hidden: true });
    expect(table).not.toBeVisible();
    await userEvent.setup().click(screen.getByText('Toon de gegevens als tabel'));
    expect(table).toBeVisible();

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['15 jan 2024, 09:00', '0%', 'berekend uit de mijlpalen'],
      ['18 dec 2024, 10:00', '27%', 'berekend uit de mijlpalen'],
      ['30 jun 2025, 08:00', '40%', 'handmatig ingesteld: Uitvaartondernemers grotendeels aangesloten'],
    ]);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Datum', 'Voortgang', 'Hoe bepaald']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(3);
  });

  it('says when there is no progress yet', () => {
    renderWithProviders(<ProgressChart history={[]} />);
    expect(screen.getByText('Er is nog geen voortgang geregistreerd.')).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
