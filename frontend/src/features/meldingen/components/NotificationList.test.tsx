import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { MarkNotificationReadMutation, NotificationsQuery, UnreadNotificationCountQuery } from '../graphql/operations';
import { NotificationList } from './NotificationList';

// Local times, so the grouping is checked in whatever time zone the tests run.
const NOW = new Date(2025, 10, 20, 15, 0);
const at = (day: number, hour: number, minute = 0) => new Date(2025, 10, day, hour, minute).toISOString();

const notification = (id: string, createdAt: string, summary: string, link: string, read = false) => ({
  __typename: 'Notification',
  id,
  type: 'PROGRESS_UPDATE',
  summary,
  subjectTitle: summary,
  excerpt: null,
  link,
  read,
  readAt: read ? createdAt : null,
  createdAt,
  actorName: 'Koen Coördinator',
  context: { __typename: 'NotificationContext', kind: 'TRAJECT', id: 't1', title: 'Digitale aangifte overlijden' },
});

const items = [
  notification('n1', at(20, 14, 5), 'Nieuw voortgangsbericht: stand van zaken', '/trajecten/digitale-aangifte-overlijden#update-u1'),
  notification('n2', at(20, 8, 30), 'Sofie reageerde op je vraag', '/werkruimte/discussies/th1#bericht-c1', true),
  notification('n3', at(19, 17, 45), 'Mijlpaal behaald', '/trajecten/digitale-aangifte-overlijden#milestone-m1'),
  notification('n4', at(3, 9, 0), 'Jan vermeldde je', '/werkruimte/discussies/th2#bericht-c9', true),
];

const listMock = {
  request: { query: NotificationsQuery, variables: { first: 20 } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: 9,
        pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'c4' },
        edges: items.map((node) => ({ __typename: 'NotificationEdge', cursor: `c-${node.id}`, node })),
      },
    },
  },
};
const countMock = { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 2 } } };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('NotificationList', () => {
  it('groups notifications by day, newest first, with deep links', async () => {
    renderWithProviders(<NotificationList />, { mocks: [listMock, countMock] });

    await screen.findByRole('heading', { level: 2, name: 'Vandaag' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Vandaag', 'Gisteren', 'maandag 3 november 2025']);

    const today = screen.getByRole('region', { name: 'Vandaag' });
    const todayLinks = within(today).getAllByRole('link');
    expect(todayLinks.map((l) => l.textContent)).toEqual(['Nieuw voortgangsbericht: stand van zaken', 'Sofie reageerde op je vraag']);
    expect(todayLinks[0]).toHaveAttribute('href', '/trajecten/digitale-aangifte-overlijden#update-u1');
    expect(within(today).getAllByRole('listitem')[0]).toHaveTextContent('14:05');
    expect(within(today).getAllByRole('listitem')[0]).toHaveTextContent('Traject: Digitale aangifte overlijden');

    const yesterday = screen.getByRole('region', { name: 'Gisteren' });
    expect(within(yesterday).getByRole('link')).toHaveAttribute('href', '/trajecten/digitale-aangifte-overlijden#milestone-m1');
    const older = screen.getByRole('region', { name: 'maandag 3 november 2025' });
    expect(within(older).getByRole('link', { name: 'Jan vermeldde je' })).toHaveAttribute('href', '/werkruimte/discussies/th2#bericht-c9');

    // Unread ones say so in words and can be marked read; read ones cannot.
    expect(within(today).getAllByRole('listitem')[0]).toHaveTextContent('Nieuw');
    expect(within(today).getAllByRole('button', { name: /Markeer als gelezen/ })).toHaveLength(1);
    expect(within(older).queryByRole('button', { name: /Markeer als gelezen/ })).not.toBeInTheDocument();

    expect(screen.getByText('4 van 9 getoond')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Meer laden' })).toBeVisible();
  });

  it('marks one notification read', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationList />, {
      mocks: [
        listMock,
        countMock,
        {
          request: { query: MarkNotificationReadMutation, variables: { input: { id: 'n3' } } },
          result: { data: { markNotificationRead: { __typename: 'Notification', id: 'n3', read: true, readAt: at(20, 15) } } },
        },
      ],
    });
    const yesterday = await screen.findByRole('region', { name: 'Gisteren' });
    await user.click(within(yesterday).getByRole('button', { name: /^Markeer als gelezen ?: Mijlpaal behaald$/ }));
    expect(within(yesterday).queryByRole('button', { name: /Markeer als gelezen/ })).not.toBeInTheDocument();
    expect(within(yesterday).getByRole('listitem')).not.toHaveTextContent('Nieuw');
  });
});
