import { useCurrentUser, type CurrentUser } from '../../auth/hooks/useCurrentUser';

export interface MyBestuur {
  /** NIS code of the signed-in person's municipality (partner organisations have none). */
  nisCode: string;
  name: string;
  regionSlug: string | null;
  regionName: string | null;
}

/** The municipality the signed-in person works for, or null (anonymous, partner organisation, none chosen). */
export function myMunicipality(user: CurrentUser | null): MyBestuur | null {
  const b = user?.bestuur;
  if (!b || b.kind !== 'MUNICIPALITY') return null;
  return { nisCode: b.code, name: b.name, regionSlug: b.region?.slug ?? null, regionName: b.region?.name ?? null };
}

export function useMyBestuur() {
  const state = useCurrentUser();
  return { ...state, bestuur: myMunicipality(state.user) };
}

/**
 * Mirrors the backend's rule for changing a bestuur's capabilities and adoptions:
 * its own members, the coordinators of its region and administrators.
 */
export function canEditBestuur(user: CurrentUser | null, nisCode: string, regionSlug: string | null | undefined): boolean {
  if (!user) return false;
  if (user.roles.includes('ADMIN')) return true;
  if (user.bestuur?.kind === 'MUNICIPALITY' && user.bestuur.code === nisCode) return true;
  return !!regionSlug && user.coordinatorOf.some((r) => r.slug === regionSlug);
}

/** Coordinators of the region and administrators see the adoption grid. */
export function canSeeGrid(user: CurrentUser | null, regionSlug: string): boolean {
  if (!user) return false;
  return user.roles.includes('ADMIN') || user.coordinatorOf.some((r) => r.slug === regionSlug);
}
