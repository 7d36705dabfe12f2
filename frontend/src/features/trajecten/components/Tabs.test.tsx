import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tabs } from './Tabs';
import { renderWithProviders } from '../../../test/render';

function Example() {
  const [selected, setSelected] = useState('berichten');
  return (
    <Tabs
      label="Onderdelen van het traject"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: 'berichten', label: 'Berichten', render: () => <p>Alle berichten</p> },
        { id: 'mijlpalen', label: 'Mijlpalen', render: () => <p>Alle mijlpalen</p> },
        { id: 'uitrol', label: 'Uitrol', render: () => <p>Alle gemeenten</p> },
      ]}
    />
  );
}

describe('Tabs', () => {
  it('follows the tabs pattern: one tab stop, arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Example />);
    const list = screen.getByRole('tablist', { name: 'Onderdelen van het traject' });
    expect(list).toBeVisible();
    const [berichten, mijlpalen, uitrol] = screen.getAllByRole('tab');
    expect(berichten).toHaveAttribute('aria-selected', 'true');
    expect(mijlpalen).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tabpanel', { name: 'Berichten' })).toHaveTextContent('Alle berichten');

    await user.tab();
    expect(berichten).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(mijlpalen).toHaveFocus();
    expect(mijlpalen).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Mijlpalen' })).toHaveTextContent('Alle mijlpalen');

    await user.keyboard('{End}');
    expect(uitrol).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(berichten).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(uitrol).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(berichten).toHaveAttribute('aria-selected', 'true');

    // Tab leaves the tab list for the panel.
    await user.tab();
    expect(screen.getByRole('tabpanel', { name: 'Berichten' })).toHaveFocus();
  });
});
