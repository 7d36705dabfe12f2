import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NewThreadForm } from './NewThreadForm';
import { CommentComposer } from './CommentComposer';
import { ThreadContext, type ThreadContextValue } from './threadContext';
import { CreateThreadMutation, AddCommentMutation } from '../graphql/mutations';
import { MarkdownPreviewQuery, SimilarQuestionsQuery } from '../graphql/operations';
import { graphQLError, renderWithProviders, type Mocks } from '../../../test/render';

const spacePermissions = (announce: boolean) => ({
  __typename: 'SpacePermissions' as const,
  read: true,
  post: true,
  member: true,
  moderate: announce,
  announce,
});
const spaces = [
  { __typename: 'Space' as const, id: 's-centraal', kind: 'CENTRAL' as const, slug: 'centraal', name: 'Centrale werkruimte', threadCount: 4, viewerCan: spacePermissions(false) },
  { __typename: 'Space' as const, id: 's-gent', kind: 'REGION' as const, slug: 'regio-gent', name: 'Regio Gent', threadCount: 2, viewerCan: spacePermissions(true) },
];

const noSimilar: Mocks[number] = {
  request: { query: SimilarQuestionsQuery, variables: () => true },
  result: { data: { similarQuestions: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('NewThreadForm', () => {
  it('checks title and body before calling the server', async () => {
    renderWithProviders(<NewThreadForm spaces={spaces} initialSpaceSlug="regio-gent" />, { mocks: [noSimilar] });
    const user = userEvent.setup();
    expect(screen.getByLabelText('Werkruimte')).toHaveValue('s-gent');
    // A coordinator of this region may also post an announcement; "alleen kenniskring" is offered.
    expect(screen.getByRole('radio', { name: 'Mededeling' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Alleen kenniskring' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Titel'), 'Hé');
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));

    const title = screen.getByLabelText('Titel');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Een titel telt 3 tot 200 tekens\./);
    expect(title).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Bericht' })).toHaveAccessibleDescription(/Schrijf je vraag of bericht\./);
  });

  it('shows the server errors next to each field', async () => {
    renderWithProviders(<NewThreadForm spaces={spaces} initialSpaceSlug="centraal" />, {
      mocks: [
        noSimilar,
        {
          request: {
            query: CreateThreadMutation,
            variables: (v: Record<string, unknown>) => {
              const input = v.input as Record<string, unknown>;
              return input.spaceId === 's-centraal' && input.kind === 'VRAAG' && (input.tags as string[]).join() === 'magda,ocmw!';
            },
          },
          result: graphQLError('Controleer de ingevulde gegevens.', {
            code: 'BAD_USER_INPUT',
            fields: {
              tags: 'Een tag telt 1 tot 30 letters, cijfers, spaties of - . _',
              body: 'Een bericht telt 1 tot 20.000 tekens.',
            },
          }),
        },
      ],
    });
    const user = userEvent.setup();
    expect(screen.queryByRole('radio', { name: 'Mededeling' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Alleen kenniskring' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Titel'), 'Welke machtiging voor MAGDA?');
    await user.type(screen.getByRole('textbox', { name: 'Bericht' }), 'Wie weet het?');
    await user.type(screen.getByLabelText(/Tags/), 'MAGDA, ocmw!');
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));

    const tags = screen.getByLabelText(/Tags/);
    const body = screen.getByRole('textbox', { name: 'Bericht' });
    expect(await screen.findByText('Een tag telt 1 tot 30 letters, cijfers, spaties of - . _')).toBeVisible();
    expect(tags).toHaveAttribute('aria-invalid', 'true');
    expect(tags).toHaveAccessibleDescription(/Een tag telt 1 tot 30 letters/);
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(body).toHaveAccessibleDescription(/Een bericht telt 1 tot 20\.000 tekens\./);
    // The first field in error gets the focus, so its message is read out.
    expect(body).toHaveFocus();
    expect(screen.getByLabelText('Titel')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the preview the server renders, and goes back to writing', async () => {
    const markdown = '**Vet** en [de handleiding](https://example.be)';
    const preview: Mocks[number] = {
      request: { query: MarkdownPreviewQuery, variables: { markdown } },
      result: { data: { markdownPreview: '<p><strong>Vet</strong> en <a href="https://example.be" rel="nofollow ugc noopener">de handleiding</a></p>' } },
    };
    renderWithProviders(<NewThreadForm spaces={spaces} />, { mocks: [noSimilar, preview] });
    const user = userEvent.setup();
    const body = screen.getByRole('textbox', { name: 'Bericht' });
    await user.click(body);
    await user.paste(markdown);
    await user.click(screen.getByRole('button', { name: 'Voorbeeld' }));

    const region = screen.getByRole('region', { name: 'Voorbeeld' });
    expect(await within(region).findByText('Vet')).toHaveProperty('tagName', 'STRONG');
    expect(within(region).getByRole('link', { name: 'de handleiding' })).toHaveAttribute('rel', 'nofollow ugc noopener');
    expect(body).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Schrijven' }));
    expect(body).toBeVisible();
    expect(body).toHaveValue(markdown);
  });
});

const context: ThreadContextValue = {
  threadId: 't-1',
  spaceId: 's-gent',
  acceptedAnswerId: null,
  lastReadAt: null,
  meId: 'u-koen',
  onPosted: () => undefined,
  onTyping: () => undefined,
};

describe('CommentComposer', () => {
  it('shows why the server refused the comment at the field, or as a general message', async () => {
    renderWithProviders(
      <ThreadContext.Provider value={context}>
        <CommentComposer label="Je reactie" submitLabel="Reageren" />
      </ThreadContext.Provider>,
      {
        mocks: [
          {
            request: { query: AddCommentMutation, variables: () => true },
            result: graphQLError('Controleer de ingevulde gegevens.', {
              code: 'BAD_USER_INPUT',
              fields: { body: 'Een reactie telt 1 tot 10.000 tekens.' },
            }),
          },
          {
            request: { query: AddCommentMutation, variables: () => true },
            result: graphQLError('Deze discussie is vergrendeld: er kunnen geen reacties meer bij.', { code: 'FORBIDDEN' }),
          },
        ],
      },
    );
    const user = userEvent.setup();
    const body = screen.getByRole('textbox', { name: 'Je reactie' });

    await user.click(screen.getByRole('button', { name: 'Reageren' }));
    expect(body).toHaveAccessibleDescription(/Schrijf eerst een bericht\./);

    await user.type(body, 'Bij ons werkt het via de leverancier.');
    await user.click(screen.getByRole('button', { name: 'Reageren' }));
    expect(await screen.findByText('Een reactie telt 1 tot 10.000 tekens.')).toBeVisible();
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(body).toHaveAccessibleDescription(/Een reactie telt 1 tot 10\.000 tekens\./);

    await user.click(screen.getByRole('button', { name: 'Reageren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze discussie is vergrendeld: er kunnen geen reacties meer bij.');
    expect(body).not.toHaveAttribute('aria-invalid');
    expect(body).toHaveValue('Bij ons werkt het via de leverancier.');
  });
});
