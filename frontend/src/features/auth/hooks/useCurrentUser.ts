import { useQuery } from '@apollo/client/react';
import { MeQuery } from '../graphql/operations';
import type { MeQuery as MeQueryResult } from '../../../generated/graphql';

export type CurrentUser = NonNullable<MeQueryResult['me']>;

export interface CurrentUserState {
  user: CurrentUser | null;
  loading: boolean;
  isAdmin: boolean;
}

/** The logged-in user (or null), from the `me` query shared through the Apollo cache. */
export function useCurrentUser(): CurrentUserState {
  const { data, loading } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const user = data?.me ?? null;
  return { user, loading: loading && !data, isAdmin: !!user?.roles.includes('ADMIN') };
}
