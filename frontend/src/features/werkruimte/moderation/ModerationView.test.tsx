import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ModerationView } from './ModerationView';
import { ModerationLink } from './ModerationLink';
import { ModerationLogQuery, OpenReportCountQuery, ReportsQuery } from '../graphql/moderation';
import { SpacesQuery } from '../graphql/operations';
import { ME, meMock, renderLive } from '../testing';
import { MeQuery } from '../../auth/graphql/operations';

const permissions = (moderate: boolean) => ({
  __typename: 'SpacePermissions' as const,
  read: true,
  post: true,
  member: moderate,
  moderate,
  announce: moderate,
});
const space = (id: string, slug: string, name: string, moderate: boolean) => ({
  __typename: 'Space' as const,
  id,
  kind: slug === 'centraal' ? ('CENTRAL' as const) : ('REGION' as const),
  slug,
  name,
  threadCount: 3,
  viewerCan: permissions(moderate),
});
const spacesMock = (moderateGent: boolean, moderateAll = false) => ({
  request: { query: SpacesQuery },
  result: {
    data: {
      spaces: [space('s-centraal', 'centraal', 'Centrale werkruimte', moderateAll), space('s-gent', 'regio-gent', 'Regio Gent', moderateGent || moderateAll)],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const adminMe = {
  request: { query: MeQuery },
  result: { data: { me: { ...ME, id: 'u-bea', displayName: 'Bea Beheer', roles: ['MEMBER', 'ADMIN'], coordinatorOf: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const emptyQueue = {
  request: { query: ReportsQuery, variables: () => true },
  result: {
    data: {
      discussionReports: {
        __typename: 'ReportConnection' as const,
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
};

function logEntry(id: string, action: string, subjectType: string, before: unknown, after: unknown) {
  return {
    __typename: 'ModerationLogEntry' as const,
    id,
    action,
    subjectType,
    subjectId: `${subjectType}-1`,
    before: before === null ? null : JSON.stringify(before),
    after: JSON.stringify(after),
    createdAt: '2026-11-21T09:00:00.000Z',
    actor: { __typename: 'User' as const, id: 'u-koen', displayName: 'Koen Coördinator' },
  };
}

describe('ModerationLink', () => {
  it('is not there for someone who moderates nothing', () => {
    renderLive(<ModerationLink moderates={false} />, { mocks: [meMock] });
    expect(screen.queryByRole('link', { name: /Moderatie/ })).not.toBeInTheDocument();
  });

  it('shows how many reports are open', async () => {
    renderLive(<ModerationLink moderates />, {
      mocks: [meMock, { request: { query: OpenReportCountQuery }, result: { data: { discussionReports: { __typename: 'ReportConnection', totalCount: 3 } } } }],
    });
    const link = await screen.findByRole('link', { name: 'Moderatie, 3 open meldingen' });
    expect(link).toHaveAttribute('href', '/werkruimte/moderatie');
  });

  it('asks again after a while, so a new report shows without reloading', async () => {
    const count = (totalCount: number) => ({ request: { query: OpenReportCountQuery }, result: { data: { discussionReports: { __typename: 'ReportConnection', totalCount } } } });
    renderLive(<ModerationLink moderates pollMs={100} />, { mocks: [meMock, count(3), count(4)] });
    const link = await screen.findByRole('link', { name: 'Moderatie, 3 open meldingen' });
    expect(await screen.findByRole('link', { name: 'Moderatie, 4 open meldingen' })).toBe(link);
  });
});

describe('ModerationView', () => {
  it('tells someone who moderates nothing why there is no queue', async () => {
    renderLive(<ModerationView section="reports" />, { mocks: [meMock, spacesMock(false)] });
    expect(await screen.findByText(/Je modereert geen werkruimte/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Moderatie' })).toBeVisible();
    // Only administrators see the log.
    expect(screen.queryByRole('link', { name: 'Moderatielogboek' })).not.toBeInTheDocument();
  });

  it('offers the moderated spaces only as a filter', async () => {
    renderLive(<ModerationView section="reports" />, { mocks: [meMock, spacesMock(true), emptyQueue] });
    const select = await screen.findByRole('combobox', { name: 'Werkruimte' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Alle werkruimtes die je modereert', 'Regio Gent']);
  });

  it('keeps the log for administrators', async () => {
    renderLive(<ModerationView section="log" />, { mocks: [meMock, spacesMock(true)] });
    expect(await screen.findByText('Het moderatielogboek is alleen zichtbaar voor beheerders.')).toBeVisible();
  });

  it('shows administrators who did what and when, with before and after in words', async () => {
    renderLive(<ModerationView section="log" />, {
      mocks: [
        adminMe,
        spacesMock(true, true),
        {
          request: { query: ModerationLogQuery, variables: () => true },
          result: {
            data: {
              moderationLog: {
                __typename: 'ModerationLogEntryConnection',
                totalCount: 2,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c-2' },
                edges: [
                  { __typename: 'ModerationLogEntryEdge', cursor: 'c-1', node: logEntry('a-1', 'thread.moved', 'thread', { spaceId: 's-gent' }, { spaceId: 's-centraal' }) },
                  { __typename: 'ModerationLogEntryEdge', cursor: 'c-2', node: logEntry('a-2', 'comment.hidden', 'comment', { hidden: false, reason: null }, { hidden: true, reason: 'Bevat persoonsgegevens' }) },
                ],
              },
            },
          },
        },
      ],
    });
    const moved = (await screen.findByRole('heading', { level: 3, name: 'Onderwerp verplaatst' })).closest('article') as HTMLElement;
    expect(within(moved).getByText(/Koen Coördinator/)).toBeVisible();
    expect(within(moved).getByRole('link', { name: 'Naar het onderwerp' })).toHaveAttribute('href', '/werkruimte/onderwerp/thread-1');
    expect(within(moved).getByRole('row', { name: 'Werkruimte Regio Gent Centrale werkruimte' })).toBeVisible();

    const hidden = screen.getByRole('heading', { level: 3, name: 'Reactie verborgen' }).closest('article') as HTMLElement;
    expect(within(hidden).getByRole('row', { name: 'Verborgen Nee Ja' })).toBeVisible();
    expect(within(hidden).getByRole('row', { name: /^Reden leeg Bevat persoonsgegevens$/ })).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Moderatie' })).toBeVisible();
    expect(screen.getByText('2 van 2 getoond')).toBeVisible();
  });
});
