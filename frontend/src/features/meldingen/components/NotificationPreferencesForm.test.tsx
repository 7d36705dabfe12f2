import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphQLError, renderWithProviders } from '../../../test/render';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from '../graphql/operations';
import { NotificationPreferencesForm } from './NotificationPreferencesForm';

const pref = (type: string, label: string, delivery: string, isDefault = true) => ({
  __typename: 'NotificationPreference',
  type,
  label,
  delivery,
  isDefault,
});

const preferences = [
  pref('REPLY_TO_THREAD', 'Reactie op je onderwerp', 'DIRECT'),
  pref('MENTION', 'Vermelding', 'DIRECT'),
  pref('PROGRESS_UPDATE', 'Nieuw voortgangsbericht', 'DAGELIJKS'),
  pref('MILESTONE_REACHED', 'Mijlpaal behaald', 'WEKELIJKS', false),
];

const loaded = { request: { query: NotificationPreferencesQuery }, result: { data: { notificationPreferences: preferences } } };
const saveRequest = {
  query: UpdateNotificationPreferencesMutation,
  variables: { input: { items: [{ type: 'PROGRESS_UPDATE', delivery: 'DIRECT' }] } },
};

describe('NotificationPreferencesForm', () => {
  it('shows a table of types × delivery with one labelled radio group per type', async () => {
    renderWithProviders(<NotificationPreferencesForm />, { mocks: [loaded] });
    const table = await screen.findByRole('table', { name: /E-mail per soort melding/ });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Soort melding', 'Direct', 'Dagelijkse samenvatting', 'Wekelijkse samenvatting', 'Nooit']);
    expect(screen.getByRole('radio', { name: 'Vermelding Direct' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Nieuw voortgangsbericht Dagelijkse samenvatting' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Mijlpaal behaald Wekelijkse samenvatting' })).toBeChecked();
    // Four radios per row, sharing one name: a group per type.
    const row = screen.getByRole('rowheader', { name: /Nieuw voortgangsbericht/ }).closest('tr') as HTMLElement;
    const radios = within(row).getAllByRole('radio');
    expect(radios).toHaveLength(4);
    expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
    expect(row).toHaveTextContent('(standaard)');
  });

  it('keeps the choice and says so when saving fails, and saves it on a second try', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationPreferencesForm />, {
      mocks: [
        loaded,
        {
          request: saveRequest,
          result: graphQLError('Ongeldige invoer', {
            code: 'BAD_USER_INPUT',
            fields: { 'items.0.delivery': 'Kies meteen, dagelijks, wekelijks of nooit.' },
          }),
        },
        { request: saveRequest, result: graphQLError('Er ging iets mis', { code: 'INTERNAL_SERVER_ERROR' }) },
        {
          request: saveRequest,
          result: {
            data: {
              updateNotificationPreferences: preferences.map((p) =>
                p.type === 'PROGRESS_UPDATE' ? { ...p, delivery: 'DIRECT', isDefault: false } : p,
              ),
            },
          },
        },
      ],
    });

    const direct = await screen.findByRole('radio', { name: 'Nieuw voortgangsbericht Direct' });
    await user.click(direct);
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));

    // A field error on the row: announced, tied to that row's radios; the choice stays.
    expect(await screen.findByRole('alert')).toHaveTextContent('Je instellingen zijn niet opgeslagen.');
    expect(direct).toBeChecked();
    expect(direct).toHaveAttribute('aria-invalid', 'true');
    expect(direct).toHaveAccessibleDescription(/Kies meteen, dagelijks, wekelijks of nooit\./);
    expect(screen.getByRole('radio', { name: 'Vermelding Direct' })).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Je e-mailinstellingen zijn opgeslagen.')).not.toBeInTheDocument();

    // A server error without fields: a general message.
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    expect(await screen.findByText(/Er ging iets mis aan onze kant/)).toBeVisible();
    expect(direct).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    expect(await screen.findByText('Je e-mailinstellingen zijn opgeslagen.')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Nieuw voortgangsbericht Direct' })).toBeChecked();
    expect(screen.getByRole('rowheader', { name: /Nieuw voortgangsbericht/ })).not.toHaveTextContent('(standaard)');
  });

  it('offers to undo unsaved changes', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationPreferencesForm />, { mocks: [loaded] });
    await user.click(await screen.findByRole('radio', { name: 'Vermelding Nooit' }));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen ongedaan maken' }));
    expect(screen.getByRole('radio', { name: 'Vermelding Direct' })).toBeChecked();
  });
});
