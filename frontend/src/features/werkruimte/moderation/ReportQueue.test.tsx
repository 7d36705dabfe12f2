import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReportQueue } from './ReportQueue';
import { ReportsQuery, ResolveReportMutation } from '../graphql/moderation';
import { HideCommentMutation } from '../graphql/mutations';
import { comment as commentOf, commentPermissions, meMock, person, renderLive } from '../testing';
import { graphQLError } from '../../../test/render';

const gent = { id: 's-gent', slug: 'regio-gent', name: 'Regio Gent' };
const dender = { id: 's-dender', slug: 'denderregio', name: 'Denderregio' };
const spaces = [gent, dender];
const user = (id: string, displayName: string) => ({ __typename: 'User' as const, id, displayName });
const els = user('u-els', 'Els De Smet');
const koen = user('u-koen', 'Koen Coördinator');

function thread(id: string, title: string, space = gent) {
  return {
    __typename: 'Thread' as const,
    id,
    title,
    bodyHtml: '<p>Welke <strong>machtiging</strong> heb je nodig?</p>',
    author: user('u-sofie', 'Sofie Verbeke'),
    space: { __typename: 'Space' as const, ...space },
  };
}

function report(id: string, o: { thread: ReturnType<typeof thread>; comment?: Record<string, unknown> | null; reason?: string; status?: string }) {
  return {
    __typename: 'Report' as const,
    id,
    reason: o.reason ?? 'Reclame voor een leverancier',
    status: o.status ?? 'OPEN',
    createdAt: '2026-11-20T10:00:00.000Z',
    resolvedAt: o.status && o.status !== 'OPEN' ? '2026-11-21T08:15:00.000Z' : null,
    reporter: els,
    resolvedBy: o.status && o.status !== 'OPEN' ? koen : null,
    thread: o.thread,
    comment: o.comment ?? null,
  };
}

const spam = {
  __typename: 'Comment' as const,
  id: 'c-spam',
  bodyHtml: '<p>Koop nu <a href="https://goedkoop.example" rel="nofollow ugc noopener">goedkope software</a>!</p>',
  deleted: false,
  hidden: false,
  hiddenReason: null,
  author: user('u-ahmed', 'Ahmed Antwerpenaar'),
  viewerCan: { __typename: 'CommentPermissions' as const, hide: true },
};
const magda = thread('t-magda', 'MAGDA-toegang voor de sociale dienst');
const overlijden = thread('t-dood', 'Digitale aangifte van overlijden', dender);
const onComment = report('r-1', { thread: magda, comment: spam });
const onThread = report('r-2', { thread: overlijden, reason: 'Staat al in de centrale werkruimte' });

function page(nodes: ReturnType<typeof report>[], { total = nodes.length, hasNextPage = false, endCursor = 'c-end' } = {}) {
  return {
    data: {
      discussionReports: {
        __typename: 'ReportConnection' as const,
        totalCount: total,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
        edges: nodes.map((node) => ({ __typename: 'ReportEdge' as const, cursor: `c-${node.id}`, node })),
      },
    },
  };
}

const queue = (v: Record<string, unknown>, status = 'OPEN', spaceId: string | null = null) =>
  v.status === status && (v.spaceId ?? null) === spaceId && !v.after;

function resolved(id: string, status: 'RESOLVED' | 'DISMISSED') {
  return { data: { resolveReport: { __typename: 'Report' as const, id, status, resolvedAt: '2026-11-21T09:00:00.000Z', resolvedBy: koen } } };
}

describe('ReportQueue', () => {
  it('says so when nothing is waiting', async () => {
    renderLive(<ReportQueue spaces={spaces} />, { mocks: [meMock, { request: { query: ReportsQuery, variables: (v) => queue(v) }, result: page([]) }] });
    expect(await screen.findByText('Er zijn geen open meldingen. Alles is bekeken.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Open meldingen' })).toBeVisible();
  });

  it('lists what was reported, where, by whom and why, with a link to the exact comment, and loads more', async () => {
    const later = report('r-3', { thread: magda, reason: 'Bevat een rijksregisternummer' });
    renderLive(<ReportQueue spaces={spaces} />, {
      mocks: [
        meMock,
        { request: { query: ReportsQuery, variables: (v) => queue(v) }, result: page([onComment, onThread], { total: 3, hasNextPage: true, endCursor: 'c-r-2' }) },
        { request: { query: ReportsQuery, variables: (v) => v.after === 'c-r-2' }, result: page([later], { total: 3 }) },
      ],
    });

    const first = (await screen.findByRole('link', { name: 'Reactie in “MAGDA-toegang voor de sociale dienst”' })).closest('article') as HTMLElement;
    expect(within(first).getByRole('link', { name: /^Reactie in/ })).toHaveAttribute('href', '/werkruimte/onderwerp/t-magda#bericht-c-spam');
    expect(within(first).getByText('Geschreven door Ahmed Antwerpenaar · Regio Gent')).toBeVisible();
    expect(within(first).getByText('Reclame voor een leverancier')).toBeVisible();
    expect(within(first).getByText(/Els De Smet/)).toHaveTextContent('Els De Smet, 20 nov 2026');
    // The excerpt is the post's text, never its markup.
    expect(within(first).getByText('Koop nu goedkope software!').tagName).toBe('P');
    expect(within(first).queryByRole('link', { name: 'goedkope software' })).not.toBeInTheDocument();

    const second = screen.getByRole('link', { name: 'Openingsbericht van “Digitale aangifte van overlijden”' });
    expect(second).toHaveAttribute('href', '/werkruimte/onderwerp/t-dood');
    const secondCard = second.closest('article') as HTMLElement;
    expect(within(secondCard).getByText('Welke machtiging heb je nodig?')).toBeVisible();
    // The opening post cannot be hidden, only the report closed.
    expect(within(secondCard).queryByRole('button', { name: 'Reactie verbergen…' })).not.toBeInTheDocument();
    expect(within(secondCard).getByRole('button', { name: 'Markeren als afgehandeld' })).toBeVisible();

    expect(screen.getByText('2 van 3 getoond')).toBeVisible();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByText('Bevat een rijksregisternummer')).toBeVisible();
    expect(screen.getByText('3 van 3 getoond')).toBeVisible();
  });

  it('marks a report resolved: it leaves the queue, the moderator is told, and the focus moves to the next one', async () => {
    renderLive(<ReportQueue spaces={spaces} />, {
      mocks: [
        meMock,
        { request: { query: ReportsQuery, variables: (v) => queue(v) }, result: page([onComment, onThread]) },
        { request: { query: ResolveReportMutation, variables: { input: { reportId: 'r-1', status: 'RESOLVED' } } }, result: resolved('r-1', 'RESOLVED') },
      ],
    });
    const actions = await screen.findByRole('group', { name: 'Acties voor de melding over “MAGDA-toegang voor de sociale dienst”' });
    await userEvent.setup().click(within(actions).getByRole('button', { name: 'Markeren als afgehandeld' }));

    expect(await screen.findByText('De melding over “MAGDA-toegang voor de sociale dienst” is afgehandeld.')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('is afgehandeld');
    expect(screen.queryByRole('link', { name: /^Reactie in/ })).not.toBeInTheDocument();
    expect(screen.getByText('1 van 1 getoond')).toBeVisible();
    await waitFor(() => expect(document.getElementById('melding-r-2')).toHaveFocus());
  });

  it('hides the reported comment with a reason and closes the report in one go', async () => {
    const hidden = { ...commentOf('c-spam', person('u-ahmed', 'Ahmed Antwerpenaar'), 'Koop nu!'), hidden: true, hiddenReason: 'Reclame', viewerCan: commentPermissions({ hide: true }) };
    renderLive(<ReportQueue spaces={spaces} />, {
      mocks: [
        meMock,
        { request: { query: ReportsQuery, variables: (v) => queue(v) }, result: page([onComment]) },
        { request: { query: HideCommentMutation, variables: { input: { commentId: 'c-spam', reason: 'Reclame' } } }, result: { data: { hideComment: hidden } } },
        { request: { query: ResolveReportMutation, variables: { input: { reportId: 'r-1', status: 'RESOLVED' } } }, result: resolved('r-1', 'RESOLVED') },
      ],
    });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Reactie verbergen…' }));
    await u.type(screen.getByRole('textbox', { name: 'Reden om te verbergen' }), 'Reclame');
    await u.click(screen.getByRole('button', { name: 'Verbergen en afhandelen' }));

    expect(await screen.findByText('De reactie in “MAGDA-toegang voor de sociale dienst” is verborgen en de melding is afgehandeld.')).toBeVisible();
    expect(screen.getByText('Er zijn geen open meldingen. Alles is bekeken.')).toBeVisible();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Open meldingen' })).toHaveFocus());
  });

  it('shows why closing failed and keeps the report', async () => {
    renderLive(<ReportQueue spaces={spaces} />, {
      mocks: [
        meMock,
        { request: { query: ReportsQuery, variables: (v) => queue(v) }, result: page([onThread]) },
        {
          request: { query: ResolveReportMutation, variables: { input: { reportId: 'r-2', status: 'DISMISSED' } } },
          result: graphQLError('Deze melding is al afgehandeld.', { code: 'CONFLICT' }),
        },
      ],
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Geen actie nodig' }));
    const card = screen.getByRole('link', { name: /^Openingsbericht van/ }).closest('article') as HTMLElement;
    expect(await within(card).findByRole('alert')).toHaveTextContent('Deze melding is al afgehandeld.');
    expect(within(card).getByRole('button', { name: 'Geen actie nodig' })).toBeVisible();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a loading error with a retry button', async () => {
    renderLive(<ReportQueue spaces={spaces} />, {
      mocks: [
        meMock,
        { request: { query: ReportsQuery, variables: (v) => queue(v) }, error: new TypeError('Failed to fetch') },
        { request: { query: ReportsQuery, variables: (v) => queue(v) }, result: page([onThread]) },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Laden mislukt');
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('link', { name: /^Openingsbericht van/ })).toBeVisible();
  });

  it('filters by space and status, and tells who handled a closed report', async () => {
    const done = report('r-9', { thread: overlijden, status: 'DISMISSED', reason: 'Dubbel' });
    renderLive(<ReportQueue spaces={spaces} />, {
      route: '/werkruimte/moderatie?ruimte=denderregio',
      mocks: [
        meMock,
        { request: { query: ReportsQuery, variables: (v) => queue(v, 'OPEN', 's-dender') }, result: page([onThread]) },
        { request: { query: ReportsQuery, variables: (v) => queue(v, 'DISMISSED', 's-dender') }, result: page([done]) },
      ],
    });
    expect(await screen.findByRole('link', { name: /^Openingsbericht van/ })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Werkruimte' })).toHaveValue('denderregio');
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Geen actie nodig');

    expect(await screen.findByRole('heading', { level: 2, name: 'Meldingen zonder actie' })).toBeVisible();
    expect(await screen.findByText(/^Gesloten zonder actie door Koen Coördinator op 21 nov 2026/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Geen actie nodig' })).not.toBeInTheDocument();
  });
});
