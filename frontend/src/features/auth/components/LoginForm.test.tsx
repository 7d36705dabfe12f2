import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoginForm } from './LoginForm';
import { LoginMutation } from '../graphql/operations';
import { graphQLError, renderWithProviders, type Mocks } from '../../../test/render';

function loginMock(result: ReturnType<typeof graphQLError>): Mocks {
  return [{ request: { query: LoginMutation, variables: () => true }, result }];
}

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('E-mailadres'), 'jan@gemeente.be');
  await user.type(screen.getByLabelText('Wachtwoord'), 'een-lang-wachtwoord');
  await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
}

describe('LoginForm', () => {
  it('shows the links to register and to reset a forgotten password', () => {
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />);
    expect(screen.getByRole('link', { name: 'Geen profiel? Registreer hier.' })).toHaveAttribute('href', '/registreren');
    expect(screen.getByRole('link', { name: 'Wachtwoord vergeten?' })).toHaveAttribute('href', '/wachtwoord-vergeten');
  });

  it('asks for the missing fields before contacting the server', async () => {
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Aanmelden' }));
    const email = screen.getByLabelText('E-mailadres');
    expect(email).toHaveAccessibleDescription(/Vul je e-mailadres in/);
    expect(email).toHaveFocus();
  });

  it('shows a server field error next to the field', async () => {
    const onSuccess = vi.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />, {
      mocks: loginMock(
        graphQLError('Ongeldige invoer', {
          code: 'BAD_USER_INPUT',
          fields: { email: 'Dit is geen geldig e-mailadres.' },
        }),
      ),
    });
    await fillAndSubmit();

    expect(await screen.findByText('Dit is geen geldig e-mailadres.')).toBeVisible();
    const email = screen.getByLabelText('E-mailadres');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Dit is geen geldig e-mailadres\./);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('shows a rate-limit message with the retry time', async () => {
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />, {
      mocks: loginMock(graphQLError('Te veel pogingen', { code: 'RATE_LIMITED', retryAfterSeconds: 42 })),
    });
    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent('Te veel pogingen. Probeer opnieuw over 42 seconden.');
  });

  it('says the credentials are wrong on UNAUTHENTICATED', async () => {
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />, {
      mocks: loginMock(graphQLError('Onjuiste gegevens', { code: 'UNAUTHENTICATED' })),
    });
    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent('Het e-mailadres of het wachtwoord klopt niet.');
  });
});
