import type { FollowLevel, FollowTargetType } from '../../generated/graphql';

export const LEVELS: readonly FollowLevel[] = ['ALLES', 'NIEUWE_ONDERWERPEN', 'NORMAAL', 'GEDEMPT'];

/** The levels that mean something for a kind of thing (the backend refuses "nieuwe onderwerpen" on a thread). */
export function levelsFor(targetType: FollowTargetType): FollowLevel[] {
  return targetType === 'SPACE' || targetType === 'TRAJECT' ? [...LEVELS] : LEVELS.filter((l) => l !== 'NIEUWE_ONDERWERPEN');
}
