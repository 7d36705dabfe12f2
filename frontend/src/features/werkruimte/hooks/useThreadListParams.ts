import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ThreadKind, ThreadSort, ThreadStatus } from '../../../generated/graphql';

export const KINDS: readonly ThreadKind[] = ['VRAAG', 'DISCUSSIE', 'MEDEDELING'];
export const STATUSES: readonly ThreadStatus[] = ['OPEN', 'ANSWERED', 'CLOSED'];
export const SORTS: readonly ThreadSort[] = ['ACTIVITY', 'NEWEST', 'UNANSWERED'];
export const CENTRAL_SLUG = 'centraal';

export interface ThreadFilters {
  kind: ThreadKind | null;
  status: ThreadStatus | null;
  tag: string | null;
  mine: boolean;
  unread: boolean;
  sort: ThreadSort;
}

export interface ThreadListParams extends ThreadFilters {
  /** The space's slug (?ruimte=), the central werkruimte by default. */
  space: string;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

// Dutch parameter names, so a copied link reads well: ?ruimte=regio-gent&soort=VRAAG&ongelezen=1
const NAMES: Record<keyof ThreadListParams, string> = {
  space: 'ruimte',
  kind: 'soort',
  status: 'status',
  tag: 'tag',
  mine: 'mijn',
  unread: 'ongelezen',
  sort: 'sorteer',
};

/** The werkruimte list's space, filters and sort, kept in the address bar. */
export function useThreadListParams() {
  const [search, setSearch] = useSearchParams();

  const params = useMemo<ThreadListParams>(
    () => ({
      space: search.get(NAMES.space) || CENTRAL_SLUG,
      kind: oneOf(KINDS, search.get(NAMES.kind)),
      status: oneOf(STATUSES, search.get(NAMES.status)),
      tag: search.get(NAMES.tag)?.trim().toLowerCase() || null,
      mine: search.get(NAMES.mine) === '1',
      unread: search.get(NAMES.unread) === '1',
      sort: oneOf(SORTS, search.get(NAMES.sort)) ?? 'ACTIVITY',
    }),
    [search],
  );

  const update = useCallback(
    (changes: Partial<ThreadListParams>) => {
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes) as [keyof ThreadListParams, unknown][]) {
            const name = NAMES[key];
            const empty = value === null || value === false || value === '' || (key === 'sort' && value === 'ACTIVITY');
            if (empty) next.delete(name);
            else next.set(name, value === true ? '1' : String(value));
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );

  const reset = useCallback(() => {
    setSearch((previous) => {
      const next = new URLSearchParams();
      const space = previous.get(NAMES.space);
      if (space) next.set(NAMES.space, space);
      return next;
    });
  }, [setSearch]);

  return { params, update, reset };
}

/** Link to a space's list (filters dropped). */
export function spaceHref(slug: string): string {
  return slug === CENTRAL_SLUG ? '/werkruimte' : `/werkruimte?ruimte=${encodeURIComponent(slug)}`;
}

export const threadHref = (id: string) => `/werkruimte/onderwerp/${id}`;
