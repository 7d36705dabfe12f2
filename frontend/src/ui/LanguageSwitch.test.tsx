import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppShell } from '../app/AppShell';
import { anonymousMe, renderWithProviders } from '../test/render';

describe('LanguageSwitch', () => {
  it('switches the interface to English and remembers the choice', async () => {
    renderWithProviders(
      <AppShell>
        <p>inhoud</p>
      </AppShell>,
      { mocks: [anonymousMe] },
    );
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(nav).toHaveTextContent("Regio's");
    expect(await screen.findByRole('link', { name: 'Aanmelden' })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'nl-BE');

    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toHaveTextContent('Regions');
    expect(screen.getByRole('link', { name: 'Log in' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#inhoud');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(localStorage.getItem('ketenwerk.taal')).toBe('en');
  });
});
