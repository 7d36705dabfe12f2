import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThreadView } from './ThreadView';
import { ThreadQuery } from '../graphql/operations';
import { MarkThreadReadMutation } from '../graphql/mutations';
import { comment, meMock, person, renderLive } from '../testing';

const koen = person('u-koen', 'Koen Coördinator');
const sofie = person('u-sofie', 'Sofie Verbeke', 'Antwerpen');
const lotte = person('u-lotte', 'Lotte Lid', 'Aalst');

const first = comment('c1', sofie, 'Onze leverancier levert een connector.', { createdAt: '2026-11-20T10:00:00.000Z' });
const second = comment('c2', lotte, 'In Aalst zitten we nog in de testfase.', { createdAt: '2026-11-22T10:00:00.000Z' });

const thread = {
  __typename: 'Thread' as const,
  id: 't-1',
  kind: 'VRAAG' as const,
  title: 'Burgerlijke stand koppelen aan de digitale aangifte van overlijden',
  body: 'Wie heeft die koppeling al werkend?',
  bodyHtml: '<p>Wie heeft die koppeling al werkend?</p>',
  tags: ['dabs'],
  status: 'OPEN' as const,
  pinned: false,
  locked: false,
  membersOnly: false,
  createdAt: '2026-11-19T10:00:00.000Z',
  lastActivityAt: '2026-11-22T10:00:00.000Z',
  editedAt: null,
  replyCount: 2,
  participantCount: 3,
  acceptedAnswer: null,
  author: koen,
  space: { __typename: 'Space' as const, id: 's-centraal', slug: 'centraal', name: 'Centrale werkruimte', kind: 'CENTRAL' as const },
  viewerCan: { __typename: 'ThreadPermissions' as const, comment: true, edit: true, moderate: false, acceptAnswer: true, report: false },
  lastReadAt: '2026-11-21T10:00:00.000Z',
  comments: {
    __typename: 'CommentConnection' as const,
    totalCount: 2,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: 'c-2' },
    edges: [first, second].map((node, i) => ({ __typename: 'CommentEdge' as const, cursor: `c-${i + 1}`, node: { ...node, replies: [] } })),
  },
};

const mocks = [
  meMock,
  { request: { query: ThreadQuery, variables: { id: 't-1', first: 50 } }, result: { data: { thread } }, maxUsageCount: Number.POSITIVE_INFINITY },
  {
    request: { query: MarkThreadReadMutation, variables: () => true },
    result: { data: { markThreadRead: { __typename: 'Thread', id: 't-1', unreadCount: 0, lastReadAt: '2026-11-28T09:00:00.000Z' } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

function added(position: string, node: ReturnType<typeof comment>) {
  return {
    result: {
      data: {
        threadActivity: {
          __typename: 'DiscussionEvent',
          position,
          type: 'COMMENT_ADDED',
          actor: { __typename: 'User', id: node.author.id, displayName: node.author.displayName },
          thread: { ...thread, replyCount: 3, lastReadAt: undefined, comments: undefined },
          comment: node,
        },
      },
    },
  };
}

describe('ThreadView – live comments', () => {
  beforeEach(() => {
    // The reader is scrolled up: the end of the comments is below the window.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const top = this.classList.contains('wr-comments__end') ? 5000 : 0;
      return { top, bottom: top, left: 0, right: 0, width: 0, height: 0, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows comments and replies as they arrive, with a "nieuwe berichten" marker, and resumes after the stream ends', async () => {
    const { subscriptions } = renderLive(<ThreadView threadId="t-1" />, { mocks });
    expect(await screen.findByRole('heading', { level: 1, name: thread.title })).toBeVisible();
    expect(screen.getByText('Onze leverancier levert een connector.')).toBeVisible();
    // Lotte's comment came after the last visit.
    const divider = screen.getByRole('heading', { level: 3, name: 'Nieuw sinds je laatste bezoek' });
    expect(divider.closest('li')).toHaveTextContent('In Aalst zitten we nog in de testfase.');

    await waitFor(() => expect(subscriptions.operation?.operationName).toBe('WerkruimteThreadActivity'));
    expect(subscriptions.operation?.variables).toEqual({ threadId: 't-1', after: null });

    const fresh = comment('c3', lotte, 'Wij gebruiken dezelfde connector sinds maandag.', { createdAt: '2026-11-28T10:00:00.000Z' });
    subscriptions.simulateResult(added('11', fresh));
    expect(await screen.findByText('Wij gebruiken dezelfde connector sinds maandag.')).toBeVisible();
    expect(screen.getByText('Nieuw bericht van Lotte Lid')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '3 reacties' })).toBeVisible();
    expect(screen.getByRole('button', { name: /1 nieuw bericht/ })).toBeVisible();

    const reply = comment('c4', sofie, 'Fijn om te horen!', { parentId: 'c1', createdAt: '2026-11-28T10:01:00.000Z' });
    subscriptions.simulateResult(added('12', reply));
    const replies = await screen.findByRole('list', { name: 'Antwoorden op dit bericht' });
    expect(within(replies).getByText('Fijn om te horen!')).toBeVisible();
    expect(replies.closest('li')).toHaveTextContent('Onze leverancier levert een connector.');
    expect(screen.getByText('Nieuw antwoord van Sofie Verbeke')).toBeInTheDocument();

    // Replayed again (after a reconnect): shown once.
    subscriptions.simulateResult(added('11', fresh));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getAllByText('Wij gebruiken dezelfde connector sinds maandag.')).toHaveLength(1);

    await userEvent.setup().click(screen.getByRole('button', { name: /2 nieuwe berichten/ }));
    expect(document.getElementById('bericht-c3')).toHaveFocus();
    expect(screen.queryByRole('button', { name: /nieuwe? bericht/ })).not.toBeInTheDocument();

    // The stream ends (server restart, network): it subscribes again from the last position seen.
    subscriptions.simulateComplete();
    await waitFor(() => expect(subscriptions.operation?.variables).toEqual({ threadId: 't-1', after: '12' }), { timeout: 4000 });
  });
});

describe('ThreadView – a link to one comment', () => {
  it('goes to the comment named in the address (#bericht-…) once the comments are there', async () => {
    const scrolled: string[] = [];
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this.id);
    };
    try {
      renderLive(<ThreadView threadId="t-1" />, { mocks, route: '/werkruimte/onderwerp/t-1#bericht-c2' });
      await waitFor(() => expect(document.getElementById('bericht-c2')).toHaveFocus());
      expect(document.getElementById('bericht-c2')).toHaveTextContent('In Aalst zitten we nog in de testfase.');
      expect(scrolled).toEqual(['bericht-c2']);
    } finally {
      // jsdom has no scrollIntoView of its own.
      delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
    }
  });

  it('loads the next pages of comments until the linked comment is there', async () => {
    const third = comment('c3', sofie, 'Bij ons draait het sinds maart in productie.', { createdAt: '2026-11-23T10:00:00.000Z' });
    const edge = (node: ReturnType<typeof comment>, cursor: string) => ({ __typename: 'CommentEdge' as const, cursor, node: { ...node, replies: [] } });
    const page = (edges: ReturnType<typeof edge>[], hasNextPage: boolean) => ({
      ...thread,
      replyCount: 3,
      comments: { ...thread.comments, totalCount: 3, pageInfo: { ...thread.comments.pageInfo, hasNextPage, endCursor: edges[edges.length - 1].cursor }, edges },
    });
    const paged = [
      meMock,
      { request: { query: ThreadQuery, variables: { id: 't-1', first: 50 } }, result: { data: { thread: page([edge(first, 'c-1'), edge(second, 'c-2')], true) } }, maxUsageCount: Number.POSITIVE_INFINITY },
      { request: { query: ThreadQuery, variables: { id: 't-1', first: 50, after: 'c-2' } }, result: { data: { thread: page([edge(third, 'c-3')], false) } }, maxUsageCount: Number.POSITIVE_INFINITY },
      mocks[2],
    ];
    HTMLElement.prototype.scrollIntoView = () => undefined;
    try {
      renderLive(<ThreadView threadId="t-1" />, { mocks: paged, route: '/werkruimte/onderwerp/t-1#bericht-c3' });
      await waitFor(() => expect(document.getElementById('bericht-c3')).toHaveFocus());
      expect(document.getElementById('bericht-c3')).toHaveTextContent('Bij ons draait het sinds maart in productie.');
      // The first page stays above it.
      expect(document.getElementById('bericht-c1')).toBeInTheDocument();
    } finally {
      delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
    }
  });
});
