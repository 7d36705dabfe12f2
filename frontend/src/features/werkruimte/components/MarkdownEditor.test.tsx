import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MarkdownEditor } from './MarkdownEditor';
import { MarkdownPreviewQuery } from '../graphql/operations';
import { graphQLError, renderWithProviders, type Mocks } from '../../../test/render';

function Editor({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <MarkdownEditor label="Bericht" value={value} onChange={setValue} maxLength={20_000} required />;
}

const previewOf = (markdown: string, html: string, delay = 0): Mocks[number] => ({
  request: { query: MarkdownPreviewQuery, variables: { markdown } },
  result: { data: { markdownPreview: html } },
  delay,
});

async function openPreview() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Voorbeeld' }));
  return { user, region: screen.getByRole('region', { name: 'Voorbeeld' }) };
}

describe('MarkdownEditor preview', () => {
  it('says it is busy, then shows exactly the HTML the server would store', async () => {
    const markdown = 'Zie **de nota** van @[Sofie Verbeke](user:0b8f2a5e-4b7e-4d49-9c1e-5b2f0f7b1a11)';
    const html = '<p>Zie <strong>de nota</strong> van <span class="mention" data-user-id="0b8f2a5e-4b7e-4d49-9c1e-5b2f0f7b1a11">@Sofie Verbeke</span></p>';
    renderWithProviders(<Editor initial={markdown} />, { mocks: [previewOf(markdown, html, 50)] });
    const { region } = await openPreview();

    expect(within(region).getByRole('status')).toHaveTextContent('Voorbeeld wordt gemaakt…');
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(await within(region).findByText('de nota')).toHaveProperty('tagName', 'STRONG');
    expect(within(region).getByText('@Sofie Verbeke')).toHaveClass('mention');
    expect(region).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByLabelText('Bericht', { selector: 'textarea' })).not.toBeVisible();
  });

  it('asks the server again only for text it has not previewed yet', async () => {
    renderWithProviders(<Editor />, { mocks: [previewOf('Eerste versie', '<p>Eerste versie</p>'), previewOf('Eerste versie, verbeterd', '<p>Eerste versie, verbeterd</p>')] });
    const user = userEvent.setup();
    const body = screen.getByRole('textbox', { name: 'Bericht' });
    await user.type(body, 'Eerste versie');
    let { region } = await openPreview();
    expect(await within(region).findByText('Eerste versie')).toBeVisible();

    // Back and forth with the same text: answered from the cache (a second request would find no mock).
    await user.click(screen.getByRole('button', { name: 'Schrijven' }));
    await user.click(screen.getByRole('button', { name: 'Voorbeeld' }));
    expect(screen.getByRole('region', { name: 'Voorbeeld' })).toHaveTextContent('Eerste versie');

    await user.click(screen.getByRole('button', { name: 'Schrijven' }));
    await user.type(body, ', verbeterd');
    ({ region } = await openPreview());
    expect(await within(region).findByText('Eerste versie, verbeterd')).toBeVisible();
    expect(within(region).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('has nothing to show for empty text, without asking the server', async () => {
    renderWithProviders(<Editor initial={'  \n '} />, { mocks: [] });
    const { region } = await openPreview();
    expect(region).toHaveTextContent('Nog niets om te tonen.');
  });

  it('explains why the preview failed, and tries again on request', async () => {
    const markdown = 'Een **voorbeeld** te veel';
    renderWithProviders(<Editor initial={markdown} />, {
      mocks: [
        {
          request: { query: MarkdownPreviewQuery, variables: { markdown } },
          result: graphQLError('Te veel pogingen. Probeer opnieuw over 12 seconden.', { code: 'RATE_LIMITED', retryAfterSeconds: 12 }),
        },
        previewOf(markdown, '<p>Een <strong>voorbeeld</strong> te veel</p>'),
      ],
    });
    const { user, region } = await openPreview();
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('Het voorbeeld kon niet getoond worden');
    expect(alert).toHaveTextContent('Te veel pogingen. Probeer opnieuw over 12 seconden.');

    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await within(region).findByText('voorbeeld')).toHaveProperty('tagName', 'STRONG');
    expect(within(region).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the server\'s reason when the text is too long to preview', async () => {
    const markdown = 'x'.repeat(20_001);
    renderWithProviders(<Editor initial={markdown} />, {
      mocks: [
        {
          request: { query: MarkdownPreviewQuery, variables: { markdown } },
          result: graphQLError('Controleer de ingevulde gegevens.', {
            code: 'BAD_USER_INPUT',
            fields: { markdown: 'Te lang voor een voorbeeld: hoogstens 20.000 tekens.' },
          }),
        },
      ],
    });
    const { region } = await openPreview();
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('Te lang voor een voorbeeld: hoogstens 20.000 tekens.');
    expect(within(alert).queryByRole('button', { name: 'Opnieuw proberen' })).not.toBeInTheDocument();
  });
});
