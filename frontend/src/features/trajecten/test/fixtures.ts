import type { MockLink } from '@apollo/client/testing';
import { MeQuery } from '../../auth/graphql/operations';
import { TrajectRolloutQuery } from '../graphql/operations';

/** A signed-in member; `bestuur` null means no municipality on the profile. */
export function signedInMe(bestuur: { id: string; name: string; kind: 'MUNICIPALITY' | 'PARTNER' } | null): MockLink.MockedResponse {
  return {
    request: { query: MeQuery },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: 'u-fatima',
          email: 'fatima@ketenwerk.test',
          displayName: 'Fatima El Amrani',
          jobTitle: 'Informatieveiligheidsconsulent',
          roles: ['MEMBER'],
          emailVerified: true,
          bestuur: bestuur && {
            __typename: 'Bestuur',
            id: bestuur.id,
            code: '12025',
            name: bestuur.name,
            kind: bestuur.kind,
            region: { __typename: 'Region', id: 'r-mechelen', slug: 'regio-rivierenland', name: 'Regio Rivierenland' },
          },
          coordinatorOf: [],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function card(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Traject',
    id: 't-overlijden',
    slug: 'digitale-aangifte-overlijden',
    title: 'Digitale aangifte overlijden',
    summary: 'Van overlijden tot akte zonder papier via eLys.',
    phase: 'INNOVEREN',
    pillars: ['INTERBESTUURLIJKE_KETENINTEGRATIE', 'LOKALE_BESTUREN_KETENPARTNER'],
    status: 'UITROL',
    visibility: 'PUBLIC',
    progress: 27,
    progressMode: 'ROLLUP',
    startDate: '2024-01-15',
    targetDate: '2026-03-31',
    isDemo: true,
    participantCount: 3,
    followerCount: 12,
    latestUpdate: {
      __typename: 'ProgressUpdate',
      id: 'pu-1',
      title: 'Vooruitblik: artsen stappen begin 2026 over',
      publishedAt: '2025-10-02T10:00:00Z',
    },
    ...overrides,
  };
}

export function connection(nodes: ReturnType<typeof card>[]) {
  return {
    trajecten: {
      __typename: 'TrajectConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'TrajectEdge', cursor: `c-${node.id}`, node })),
    },
  };
}

/** The rollout of a traject where one municipality stands at `status` (the rest is left out). */
export function rolloutMock(slug: string, bestuur: { id: string; name: string }, status: string): MockLink.MockedResponse {
  return {
    request: { query: TrajectRolloutQuery, variables: { slug } },
    result: {
      data: {
        traject: {
          __typename: 'Traject',
          id: 't1',
          rolloutCounts: { __typename: 'RolloutCounts', notInvolved: 284, interested: 0, participant: 0, live: 1, total: 285 },
          rolloutByRegion: [],
          rolloutGrid: [
            {
              __typename: 'BestuurRollout',
              status,
              updatedAt: null,
              bestuur: { __typename: 'Bestuur', id: bestuur.id, name: bestuur.name, nisCode: '12025', region: { __typename: 'Region', id: 'r-mechelen' } },
            },
          ],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
