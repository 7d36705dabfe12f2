import { registerEnumType } from '@nestjs/graphql';

export enum SolutionType {
  SOFTWARE = 'SOFTWARE',
  DIENST = 'DIENST',
  STANDAARD = 'STANDAARD',
  BOUWSTEEN = 'BOUWSTEEN',
  DATASET = 'DATASET',
  AANPAK = 'AANPAK',
}

export enum SolutionDomain {
  BURGERZAKEN = 'BURGERZAKEN',
  SOCIAAL_BELEID = 'SOCIAAL_BELEID',
  OMGEVING = 'OMGEVING',
  FINANCIEN = 'FINANCIEN',
  PERSONEEL = 'PERSONEEL',
  INFORMATIEVEILIGHEID = 'INFORMATIEVEILIGHEID',
  INFORMATIEBEHEER = 'INFORMATIEBEHEER',
  E_DIENSTVERLENING = 'E_DIENSTVERLENING',
  MOBILITEIT = 'MOBILITEIT',
  VRIJE_TIJD = 'VRIJE_TIJD',
  ALGEMEEN_BESTUUR = 'ALGEMEEN_BESTUUR',
}

/** The development statuses of publiccode.yml, so imports and exports map one to one. */
export enum SolutionMaturity {
  CONCEPT = 'CONCEPT',
  DEVELOPMENT = 'DEVELOPMENT',
  BETA = 'BETA',
  STABLE = 'STABLE',
  OBSOLETE = 'OBSOLETE',
}

/** The maintenance types of publiccode.yml. */
export enum MaintenanceType {
  INTERNAL = 'INTERNAL',
  CONTRACT = 'CONTRACT',
  COMMUNITY = 'COMMUNITY',
  NONE = 'NONE',
}

export enum RequirementLevel {
  REQUIRED = 'REQUIRED',
  RECOMMENDED = 'RECOMMENDED',
}

export enum StepKind {
  TECHNICAL = 'TECHNICAL',
  ORGANISATIONAL = 'ORGANISATIONAL',
}

export enum AdoptionStatus {
  GEINTERESSEERD = 'GEINTERESSEERD',
  GEPLAND = 'GEPLAND',
  IN_IMPLEMENTATIE = 'IN_IMPLEMENTATIE',
  IN_GEBRUIK = 'IN_GEBRUIK',
  UITGEFASEERD = 'UITGEFASEERD',
}

/** Statuses that count as "uses it" for peers and adopter counts. */
export const ACTIVE_ADOPTION = [AdoptionStatus.IN_IMPLEMENTATIE, AdoptionStatus.IN_GEBRUIK];

export enum IndicatorAggregation {
  SUM = 'SUM',
  POPULATION_WEIGHTED_MEAN = 'POPULATION_WEIGHTED_MEAN',
  NONE = 'NONE',
}

export enum CorrectionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

registerEnumType(SolutionType, {
  name: 'SolutionType',
  description: 'SOFTWARE, DIENST (service), STANDAARD (standard or agreement), BOUWSTEEN (building block or API), DATASET, AANPAK (approach or process)',
});
registerEnumType(SolutionDomain, { name: 'SolutionDomain', description: 'Policy domain a solution serves' });
registerEnumType(SolutionMaturity, { name: 'SolutionMaturity', description: 'Development status, as in publiccode.yml' });
registerEnumType(MaintenanceType, { name: 'MaintenanceType', description: 'How the solution is maintained, as in publiccode.yml' });
registerEnumType(RequirementLevel, { name: 'RequirementLevel', description: 'Whether a capability is required or only recommended' });
registerEnumType(StepKind, { name: 'StepKind', description: 'Technical or organisational implementation step' });
registerEnumType(AdoptionStatus, {
  name: 'AdoptionStatus',
  description: 'A bestuur\'s status for a solution: geïnteresseerd, gepland, in implementatie, in gebruik, uitgefaseerd',
});
registerEnumType(IndicatorAggregation, {
  name: 'IndicatorAggregation',
  description: 'How values of merged municipalities combine: SUM, POPULATION_WEIGHTED_MEAN, or NONE (left out)',
});
registerEnumType(CorrectionStatus, { name: 'CorrectionStatus', description: 'State of a proposed indicator correction' });

export const TYPE_LABELS: Record<SolutionType, string> = {
  SOFTWARE: 'software', DIENST: 'dienst', STANDAARD: 'standaard/afspraak', BOUWSTEEN: 'bouwsteen/API', DATASET: 'dataset', AANPAK: 'aanpak/proces',
};
export const STATUS_LABELS: Record<AdoptionStatus, string> = {
  GEINTERESSEERD: 'geïnteresseerd', GEPLAND: 'gepland', IN_IMPLEMENTATIE: 'in implementatie', IN_GEBRUIK: 'in gebruik', UITGEFASEERD: 'uitgefaseerd',
};
