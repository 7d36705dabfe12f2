/** Test data for the catalogus component tests (never imported by the application). */
import type { MockLink } from '@apollo/client/testing';
import { MeQuery } from '../../auth/graphql/operations';
import type { CatalogusFitFragment, CatalogusSolutionCardFragment, CurrentUserFieldsFragment } from '../../../generated/graphql';

export const lotte: CurrentUserFieldsFragment = {
  __typename: 'User',
  id: 'u-lotte',
  email: 'lid@ketenwerk.test',
  displayName: 'Lotte Lid',
  jobTitle: 'Informatieveiligheidsconsulent',
  roles: [],
  emailVerified: true,
  bestuur: {
    __typename: 'Bestuur',
    id: 'b-aalst',
    code: '41002',
    name: 'Aalst',
    kind: 'MUNICIPALITY',
    region: { __typename: 'Region', id: 'r-dender', slug: 'denderregio', name: 'Denderregio' },
  },
  coordinatorOf: [],
};

export const memberMe: MockLink.MockedResponse = {
  request: { query: MeQuery },
  result: { data: { me: lotte } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export function solutionCard(over: Partial<CatalogusSolutionCardFragment> = {}): CatalogusSolutionCardFragment {
  return {
    __typename: 'Solution',
    id: 's-eloket',
    slug: 'e-loket-attesten',
    name: 'E-loket voor attesten en uittreksels',
    summary: 'Burgers vragen attesten online aan en ontvangen ze in hun Burgerprofiel.',
    type: 'SOFTWARE',
    domains: ['BURGERZAKEN', 'E_DIENSTVERLENING'],
    maturity: 'STABLE',
    openSource: true,
    provider: 'Digitaal Vlaanderen',
    licence: 'EUPL-1.2',
    adopterCount: 3,
    ...over,
  };
}

export function fit(over: Partial<CatalogusFitFragment> = {}): CatalogusFitFragment {
  const capability = (key: string, name: string) => ({ __typename: 'Capability' as const, id: `c-${key}`, key, name, description: null });
  return {
    __typename: 'SolutionFit',
    score: 74,
    rank: 1,
    adoptionStatus: null,
    gaps: ['Koppeling met het Burgerprofiel (vereiste voorziening)'],
    explanations: [
      { __typename: 'FitExplanation', aspect: 'TECHNICAL', met: true, message: 'Aanwezig: MAGDA-aansluiting.' },
      { __typename: 'FitExplanation', aspect: 'TECHNICAL', met: false, message: 'Nog nodig: Koppeling met het Burgerprofiel.' },
      { __typename: 'FitExplanation', aspect: 'PEERS', met: true, message: 'Gebruikt door 2 besturen in Denderregio, onder meer Ninove.' },
    ],
    technical: {
      __typename: 'TechnicalReadiness',
      score: 20,
      missing: [{ __typename: 'Capability', id: 'c-burgerprofiel', key: 'burgerprofiel', name: 'Koppeling met het Burgerprofiel' }],
      requirements: [
        { __typename: 'CapabilityCheck', level: 'REQUIRED', present: true, capability: capability('magda', 'MAGDA-aansluiting') },
        { __typename: 'CapabilityCheck', level: 'REQUIRED', present: false, capability: capability('burgerprofiel', 'Koppeling met het Burgerprofiel') },
      ],
    },
    organisational: {
      __typename: 'OrganisationalFit',
      score: 30,
      population: 87332,
      populationMin: 10000,
      populationMax: null,
      sizeInRange: true,
      prerequisites: [],
    },
    peers: {
      __typename: 'PeerFit',
      score: 14,
      count: 2,
      besturen: [
        {
          __typename: 'PeerAdopter',
          sameRegion: true,
          similarSize: false,
          status: 'IN_GEBRUIK',
          bestuur: { __typename: 'Bestuur', id: 'b-ninove', name: 'Ninove', nisCode: '41048' },
        },
      ],
    },
    trajects: { __typename: 'TrajectRelevance', score: 0, trajects: [] },
    plan: [
      {
        __typename: 'PlanStep',
        title: 'MAGDA-machtiging aanvragen',
        kind: 'TECHNICAL',
        description: null,
        done: true,
        capability: { __typename: 'Capability', id: 'c-magda', name: 'MAGDA-aansluiting' },
      },
      { __typename: 'PlanStep', title: 'Proceseigenaar aanduiden', kind: 'ORGANISATIONAL', description: null, done: false, capability: null },
    ],
    ...over,
  };
}
