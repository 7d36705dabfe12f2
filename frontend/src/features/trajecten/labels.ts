import type {
  MilestoneStatus,
  Pillar,
  RolloutStatus,
  TrajectPhase,
  TrajectStatus,
} from '../../generated/graphql';

export const STATUSES: readonly TrajectStatus[] = ['IDEE', 'VOORBEREIDING', 'PILOOTFASE', 'UITROL', 'AFGEROND', 'GEPAUZEERD'];
export const PHASES: readonly TrajectPhase[] = ['ADOPTEREN', 'INNOVEREN'];
export const PILLARS: readonly Pillar[] = [
  'INFORMATIE_ICT_CAPACITEIT',
  'INTERBESTUURLIJKE_KETENINTEGRATIE',
  'LOKALE_BESTUREN_KETENPARTNER',
];
export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ['GEPLAND', 'BEZIG', 'BEHAALD', 'VERTRAAGD'];
export const ROLLOUT_STATUSES: readonly RolloutStatus[] = ['NIET_BETROKKEN', 'GEINTERESSEERD', 'DEELNEMER', 'LIVE'];

/** A shape per rollout status, so the grid never relies on colour alone. */
export const ROLLOUT_MARK: Record<RolloutStatus, string> = {
  NIET_BETROKKEN: '○',
  GEINTERESSEERD: '◔',
  DEELNEMER: '◑',
  LIVE: '●',
};

/** A shape per milestone status, next to its text. */
export const MILESTONE_MARK: Record<MilestoneStatus, string> = {
  GEPLAND: '○',
  BEZIG: '◑',
  BEHAALD: '✓',
  VERTRAAGD: '!',
};

export function isEnumValue<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}
