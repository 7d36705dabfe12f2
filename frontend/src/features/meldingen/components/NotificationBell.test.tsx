import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { publishSessionSocket } from '../../../app/sessionSocket';
import { renderWithProviders } from '../../../test/render';
import { COUNT_EVENT, MarkNotificationReadMutation, SYNC_EVENT, UnreadNotificationCountQuery } from '../graphql/operations';
import { useMarkRead } from '../hooks/useMarkRead';
import { NotificationBell } from './NotificationBell';
import { FakeSocket } from './fakeSocket.testutil';

const countMock = (count: number) => ({
  request: { query: UnreadNotificationCountQuery },
  result: { data: { unreadNotificationCount: count } },
});

afterEach(() => {
  publishSessionSocket(null);
});

describe('NotificationBell', () => {
  it('shows the unread count and follows the live count pushed over the socket', async () => {
    const socket = new FakeSocket();
    socket.connected = true;
    publishSessionSocket(socket);
    renderWithProviders(<NotificationBell />, { mocks: [countMock(2)] });

    const bell = await screen.findByRole('link', { name: 'Meldingen, 2 ongelezen' });
    expect(bell).toHaveAttribute('href', '/meldingen');
    // Connected already: the bell asked for the current count once.
    expect(socket.sent.filter((m) => m.event === SYNC_EVENT)).toHaveLength(1);

    act(() => socket.receive(COUNT_EVENT, { count: 3 }));
    expect(await screen.findByRole('link', { name: 'Meldingen, 3 ongelezen' })).toBe(bell);
    expect(screen.getByRole('status')).toHaveTextContent('Nieuwe melding: je hebt 3 ongelezen meldingen.');

    act(() => socket.receive(COUNT_EVENT, { count: 0 }));
    expect(await screen.findByRole('link', { name: 'Meldingen' })).toBe(bell);
  });

  it('asks for the count again after a reconnect and shows what came in meanwhile', async () => {
    const socket = new FakeSocket();
    let serverCount = 1;
    // Like the gateway: `notifications:sync` is answered with `notifications:count`.
    socket.onEmit = (event) => {
      if (event === SYNC_EVENT) setTimeout(() => socket.receive(COUNT_EVENT, { count: serverCount }), 0);
    };
    publishSessionSocket(socket);
    renderWithProviders(<NotificationBell />, { mocks: [countMock(1)] });
    expect(await screen.findByRole('link', { name: 'Meldingen, 1 ongelezen' })).toBeVisible();
    await waitFor(() => expect(socket.listenerCount('connect')).toBe(1));

    act(() => socket.connect());
    await waitFor(() => expect(socket.sent.filter((m) => m.event === SYNC_EVENT)).toHaveLength(1));

    // The connection drops; two notifications arrive that the bell never hears of.
    act(() => socket.disconnect());
    serverCount = 3;
    expect(screen.getByRole('link', { name: 'Meldingen, 1 ongelezen' })).toBeVisible();

    act(() => socket.connect());
    expect(await screen.findByRole('link', { name: 'Meldingen, 3 ongelezen' })).toBeVisible();
    expect(socket.sent.filter((m) => m.event === SYNC_EVENT)).toHaveLength(2);
  });

  it('keeps the latest count when an older one arrives after it', async () => {
    const socket = new FakeSocket();
    socket.connected = true;
    publishSessionSocket(socket);
    renderWithProviders(<NotificationBell />, { mocks: [countMock(0)] });
    await screen.findByRole('link', { name: 'Meldingen' });
    act(() => socket.receive(COUNT_EVENT, { count: 1, at: 1000 }));
    await screen.findByRole('link', { name: 'Meldingen, 1 ongelezen' });
    // Read meanwhile: counted at 3000, pushed first; a count taken at 2000 arrives after it.
    act(() => socket.receive(COUNT_EVENT, { count: 0, at: 3000 }));
    act(() => socket.receive(COUNT_EVENT, { count: 1, at: 2000 }));
    expect(await screen.findByRole('link', { name: 'Meldingen' })).toBeVisible();
    act(() => socket.receive(COUNT_EVENT, { count: 2, at: 4000 }));
    expect(await screen.findByRole('link', { name: 'Meldingen, 2 ongelezen' })).toBeVisible();
  });

  it('ignores malformed counts', async () => {
    const socket = new FakeSocket();
    socket.connected = true;
    publishSessionSocket(socket);
    renderWithProviders(<NotificationBell />, { mocks: [countMock(4)] });
    await screen.findByRole('link', { name: 'Meldingen, 4 ongelezen' });
    act(() => socket.receive(COUNT_EVENT, { count: -1 }));
    act(() => socket.receive(COUNT_EVENT, 'x'));
    expect(screen.getByRole('link', { name: 'Meldingen, 4 ongelezen' })).toBeVisible();
  });

  it('does not count a read twice when the server\'s new count arrives before the answer to "mark read"', async () => {
    const socket = new FakeSocket();
    socket.connected = true;
    publishSessionSocket(socket);
    const readAt = '2026-11-29T10:00:00.000Z';
    function MarkOne() {
      const { markRead } = useMarkRead();
      return <button type="button" onClick={() => void markRead({ id: 'n1', read: false })}>Gelezen</button>;
    }
    renderWithProviders(<><NotificationBell /><MarkOne /></>, {
      mocks: [countMock(2), {
        request: { query: MarkNotificationReadMutation, variables: { input: { id: 'n1' } } },
        delay: 50,
        result: { data: { markNotificationRead: { __typename: 'Notification', id: 'n1', read: true, readAt } } },
      }],
    });
    await screen.findByRole('link', { name: 'Meldingen, 2 ongelezen' });
    await userEvent.click(screen.getByRole('button', { name: 'Gelezen' }));
    // The server pushes the count it took after the read, and that push overtakes the answer.
    act(() => socket.receive(COUNT_EVENT, { count: 1, at: Date.parse(readAt) + 5 }));
    await act(() => new Promise((r) => setTimeout(r, 120)));
    expect(screen.getByRole('link', { name: 'Meldingen, 1 ongelezen' })).toBeVisible();
  });
});
