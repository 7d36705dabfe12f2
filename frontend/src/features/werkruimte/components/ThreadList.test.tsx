import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThreadList } from './ThreadList';
import { ThreadsQuery } from '../graphql/operations';
import { meMock, renderLive } from '../testing';

const space = { id: 'space-gent', name: 'Regio Gent' };
const filters = { kind: null, status: null, tag: null, mine: false, unread: false, sort: 'ACTIVITY' as const };

function thread(id: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Thread' as const,
    id,
    kind: 'VRAAG' as const,
    title,
    tags: [] as string[],
    status: 'OPEN' as const,
    pinned: false,
    locked: false,
    membersOnly: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    lastActivityAt: '2026-11-21T09:30:00.000Z',
    replyCount: 0,
    unreadCount: 0,
    author: { __typename: 'User' as const, id: 'u-sofie', displayName: 'Sofie Verbeke' },
    space: { __typename: 'Space' as const, id: space.id, slug: 'regio-gent', name: space.name },
    ...extra,
  };
}

function page(nodes: ReturnType<typeof thread>[], { total = nodes.length, hasNextPage = false, endCursor = 'c-end' } = {}) {
  return {
    data: {
      threads: {
        __typename: 'ThreadConnection' as const,
        totalCount: total,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
        edges: nodes.map((node) => ({ __typename: 'ThreadEdge' as const, cursor: `c-${node.id}`, node })),
      },
    },
  };
}

const pinned = thread('t1', 'Volgende kenniskring: donderdag 12 februari', { kind: 'MEDEDELING', pinned: true, replyCount: 1 });
const magda = thread('t2', 'MAGDA-toegang voor de sociale dienst', { replyCount: 1234, unreadCount: 2, tags: ['magda', 'ocmw'] });
const answered = thread('t3', 'Rijksregisternummer in het zaaksysteem', { status: 'ANSWERED', replyCount: 1 });
const older = thread('t4', 'Adreswijzigingen automatisch verwerken');
const isFirstPage = (v: Record<string, unknown>) => v.spaceId === space.id && !v.after;

describe('ThreadList', () => {
  it('shows pinned threads first, labels, unread badges and Belgian numbers, and loads more', async () => {
    renderLive(<ThreadList space={space} filters={filters} />, {
      mocks: [
        meMock,
        { request: { query: ThreadsQuery, variables: isFirstPage }, result: page([pinned, magda, answered], { total: 4, hasNextPage: true, endCursor: 'c-t3' }) },
        { request: { query: ThreadsQuery, variables: (v) => v.after === 'c-t3' }, result: page([older], { total: 4 }) },
      ],
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'Onderwerpen in Regio Gent' })).toBeVisible();
    const items = await screen.findAllByRole('listitem', { name: undefined });
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([pinned.title, magda.title, answered.title]);

    const first = items.find((li) => li.textContent?.includes(pinned.title)) as HTMLElement;
    expect(within(first).getByText('Vastgezet')).toBeVisible();
    expect(within(first).getByText('Mededeling')).toBeVisible();
    expect(screen.getByRole('link', { name: pinned.title })).toHaveAttribute('href', '/werkruimte/onderwerp/t1');

    const magdaItem = screen.getByRole('link', { name: magda.title }).closest('li') as HTMLElement;
    expect(within(magdaItem).getByText('2 ongelezen')).toBeVisible();
    expect(within(magdaItem).getByText('1.234 reacties')).toBeVisible();
    expect(within(magdaItem).getByText('Open')).toBeVisible();
    expect(within(magdaItem).getByRole('list', { name: 'Tags' })).toHaveTextContent('magdaocmw');

    const answeredItem = screen.getByRole('link', { name: answered.title }).closest('li') as HTMLElement;
    expect(within(answeredItem).getByText('Beantwoord')).toBeVisible();
    expect(within(answeredItem).queryByText(/ongelezen/)).not.toBeInTheDocument();

    expect(screen.getByText('3 van 4 getoond')).toBeVisible();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByRole('link', { name: older.title })).toBeVisible();
    expect(screen.getByText('4 van 4 getoond')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
  });

  it('says so when a space has no threads yet', async () => {
    renderLive(<ThreadList space={space} filters={filters} />, {
      mocks: [meMock, { request: { query: ThreadsQuery, variables: isFirstPage }, result: page([]) }],
    });
    expect(await screen.findByText('Er zijn nog geen onderwerpen in deze werkruimte. Stel de eerste vraag!')).toBeVisible();
  });

  it('shows an error with a retry button when loading fails', async () => {
    renderLive(<ThreadList space={space} filters={filters} />, {
      mocks: [meMock, { request: { query: ThreadsQuery, variables: isFirstPage }, error: new TypeError('Failed to fetch') }],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Laden mislukt');
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  });

  it('refreshes live when a thread is created in the space and announces it', async () => {
    const fresh = thread('t9', 'Wie heeft ervaring met de Mijn Burgerprofiel-koppeling?', { lastActivityAt: '2026-11-28T10:00:00.000Z' });
    const { subscriptions } = renderLive(<ThreadList space={space} filters={filters} />, {
      mocks: [
        meMock,
        { request: { query: ThreadsQuery, variables: isFirstPage }, result: page([pinned, magda]) },
        { request: { query: ThreadsQuery, variables: isFirstPage }, result: page([pinned, fresh, magda]) },
      ],
    });
    expect(await screen.findByRole('link', { name: magda.title })).toBeVisible();
    expect(subscriptions.operation?.operationName).toBe('WerkruimteSpaceActivity');
    expect(subscriptions.operation?.variables).toEqual({ spaceId: space.id, after: null });

    subscriptions.simulateResult({
      result: {
        data: {
          spaceActivity: {
            __typename: 'DiscussionEvent',
            position: '41',
            type: 'THREAD_CREATED',
            actor: { __typename: 'User', id: 'u-sofie' },
            thread: { __typename: 'Thread', id: fresh.id, title: fresh.title },
          },
        },
      },
    });

    expect(await screen.findByRole('link', { name: fresh.title })).toBeVisible();
    expect(screen.getByText(`Nieuw onderwerp: ${fresh.title}`)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([pinned.title, fresh.title, magda.title]),
    );
  });
});
