import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdoptionControl } from './AdoptionControl';
import { CatalogusSetAdoptionMutation } from '../graphql/adoption';
import { graphQLError, renderWithProviders, type Mocks } from '../../../test/render';

function renderControl(mocks: Mocks = []) {
  return renderWithProviders(
    <AdoptionControl
      solutionSlug="e-loket-attesten"
      solutionName="E-loket voor attesten en uittreksels"
      nisCode="41002"
      bestuurName="Aalst"
      current={null}
      viewerId="u-lotte"
    />,
    { mocks },
  );
}

const setAdoption = (result: Mocks[number]['result'], input?: Record<string, unknown>): Mocks[number] => ({
  request: { query: CatalogusSetAdoptionMutation, variables: input ? { input } : () => true },
  result,
});

describe('AdoptionControl', () => {
  it('asks for a status and checks the dates before calling the server', async () => {
    // No mocks: a call to the server would end in a network error instead of these messages.
    renderControl();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Status opslaan' }));
    expect(screen.getByText('Kies een status.')).toBeVisible();
    expect(screen.getByLabelText('Geïnteresseerd')).toHaveFocus();
    expect(screen.getByLabelText('Gepland')).toHaveAccessibleDescription(/Kies een status\./);

    await user.click(screen.getByLabelText('Gepland'));
    await user.type(screen.getByLabelText(/Startdatum/), '2025-06-01');
    await user.type(screen.getByLabelText(/Einddatum/), '2025-03-01');
    await user.click(screen.getByRole('button', { name: 'Status opslaan' }));
    const end = screen.getByLabelText(/Einddatum/);
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription(/De einddatum ligt voor de startdatum\./);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the server’s field errors next to the fields', async () => {
    renderControl([
      setAdoption(graphQLError('Ongeldige invoer', { code: 'BAD_USER_INPUT', fields: { startDate: 'Deze datum bestaat niet.' } })),
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('In gebruik'));
    await user.type(screen.getByLabelText(/Startdatum/), '2025-02-28');
    await user.click(screen.getByRole('button', { name: 'Status opslaan' }));
    const start = await screen.findByLabelText(/Startdatum/, { selector: '[aria-invalid="true"]' });
    expect(start).toHaveAccessibleDescription(/Deze datum bestaat niet\./);
    expect(start).toHaveFocus();
  });

  it('says so when someone may not change this bestuur', async () => {
    renderControl([
      setAdoption(
        graphQLError('Alleen medewerkers van Aalst, coördinatoren van zijn regio en beheerders kunnen dit wijzigen.', { code: 'FORBIDDEN' }),
      ),
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Gepland'));
    await user.click(screen.getByRole('button', { name: 'Status opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Je hebt geen toegang tot deze gegevens of actie.');
  });

  it('saves the status with dates, note and the offer to be contact', async () => {
    renderControl([
      setAdoption(
        {
          data: {
            setAdoption: {
              __typename: 'Adoption',
              id: 'a1',
              status: 'GEPLAND',
              startDate: '2025-09-01',
              endDate: null,
              note: 'Start na de zomer',
              updatedAt: '2025-05-01T10:00:00.000Z',
              contactEmail: 'lid@ketenwerk.test',
              contact: { __typename: 'User', id: 'u-lotte', displayName: 'Lotte Lid', jobTitle: null },
            },
          },
        },
        {
          nisCode: '41002',
          solutionSlug: 'e-loket-attesten',
          status: 'GEPLAND',
          startDate: '2025-09-01',
          endDate: null,
          note: 'Start na de zomer',
          offerContact: true,
        },
      ),
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Gepland'));
    await user.type(screen.getByLabelText(/Startdatum/), '2025-09-01');
    await user.type(screen.getByLabelText(/Notitie/), '  Start na de zomer ');
    await user.click(screen.getByLabelText("Ik ben contactpersoon voor collega's"));
    await user.click(screen.getByRole('button', { name: 'Status opslaan' }));
    expect(await screen.findByText('Status voor Aalst opgeslagen: Gepland.')).toBeVisible();
  });
});
