import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RegisterForm } from './RegisterForm';
import { PartnerOrganisationsQuery, RegisterMutation } from '../graphql/operations';
import { graphQLError, renderWithProviders, type Mocks } from '../../../test/render';

const partners: Mocks[number] = {
  request: { query: PartnerOrganisationsQuery },
  result: {
    data: {
      partnerOrganisations: [
        { __typename: 'Bestuur', id: 'p1', code: 'vvsg', name: 'VVSG', kind: 'PARTNER' },
        { __typename: 'Bestuur', id: 'p2', code: 'victor', name: 'V-ICT-OR', kind: 'PARTNER' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

async function fill(password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('E-mailadres'), 'an@gemeente.be');
  await user.type(screen.getByLabelText('Weergavenaam'), 'An Peeters');
  await user.type(screen.getByLabelText('Wachtwoord'), password);
  await user.click(screen.getByRole('button', { name: 'Registreren' }));
}

describe('RegisterForm', () => {
  it('shows the password hint and marks optional fields', () => {
    renderWithProviders(<RegisterForm />, { mocks: [partners] });
    expect(screen.getByLabelText('Wachtwoord')).toHaveAccessibleDescription(/Minstens 10 tekens/);
    expect(screen.getByLabelText(/Functie/)).toBeInTheDocument();
    expect(screen.getByText('Functie').parentElement).toHaveTextContent('(optioneel)');
    expect(screen.getByRole('combobox', { name: /Bestuur of organisatie/ })).toBeInTheDocument();
  });

  it('rejects a password shorter than 10 characters without calling the server', async () => {
    // No Register mock: if the form called the server, the test would show a network error instead.
    renderWithProviders(<RegisterForm />, { mocks: [partners] });
    await fill('kort');

    const password = screen.getByLabelText('Wachtwoord');
    expect(screen.getByText('Je wachtwoord moet minstens 10 tekens lang zijn.')).toBeVisible();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows per-field server errors next to the fields', async () => {
    renderWithProviders(<RegisterForm />, {
      mocks: [
        partners,
        {
          request: { query: RegisterMutation, variables: () => true },
          result: graphQLError('Ongeldige invoer', {
            code: 'BAD_USER_INPUT',
            fields: {
              email: 'Er bestaat al een profiel met dit e-mailadres.',
              displayName: 'Deze weergavenaam is te lang.',
            },
          }),
        },
      ],
    });
    await fill('een-voldoende-lang-wachtwoord');

    const email = screen.getByLabelText('E-mailadres');
    const name = screen.getByLabelText('Weergavenaam');
    expect(await screen.findByText('Er bestaat al een profiel met dit e-mailadres.')).toBeVisible();
    expect(email).toHaveAccessibleDescription(/Er bestaat al een profiel/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Deze weergavenaam is te lang\./);
    expect(screen.getByLabelText('Wachtwoord')).not.toHaveAttribute('aria-invalid');
  });

  it('asks to confirm the e-mail address after registering', async () => {
    renderWithProviders(<RegisterForm />, {
      mocks: [
        partners,
        {
          request: { query: RegisterMutation, variables: () => true },
          result: { data: { register: { __typename: 'User', id: 'u1', emailVerified: false } } },
        },
      ],
    });
    await fill('een-voldoende-lang-wachtwoord');

    expect(await screen.findByText(/Controleer je mailbox om je e-mailadres te bevestigen/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Naar aanmelden' })).toHaveAttribute('href', '/aanmelden');
  });
});
