import type {
  AdoptionStatus,
  SolutionDomain,
  SolutionMaturity,
  SolutionType,
} from '../../generated/graphql';

/** The enum values in the order the interface shows them (labels: catalogus.<kind>.<VALUE>). */
export const TYPES: readonly SolutionType[] = ['SOFTWARE', 'DIENST', 'STANDAARD', 'BOUWSTEEN', 'DATASET', 'AANPAK'];
export const DOMAINS: readonly SolutionDomain[] = [
  'BURGERZAKEN',
  'SOCIAAL_BELEID',
  'OMGEVING',
  'FINANCIEN',
  'PERSONEEL',
  'INFORMATIEVEILIGHEID',
  'INFORMATIEBEHEER',
  'E_DIENSTVERLENING',
  'MOBILITEIT',
  'VRIJE_TIJD',
  'ALGEMEEN_BESTUUR',
];
export const MATURITIES: readonly SolutionMaturity[] = ['CONCEPT', 'DEVELOPMENT', 'BETA', 'STABLE', 'OBSOLETE'];
export const STATUSES: readonly AdoptionStatus[] = ['GEINTERESSEERD', 'GEPLAND', 'IN_IMPLEMENTATIE', 'IN_GEBRUIK', 'UITGEFASEERD'];

export function pick<T extends string>(values: readonly T[], raw: readonly string[]): T[] {
  return values.filter((v) => raw.includes(v));
}
