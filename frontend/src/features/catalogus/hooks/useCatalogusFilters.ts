import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { SolutionDomain, SolutionMaturity, SolutionType } from '../../../generated/graphql';
import { DOMAINS, MATURITIES, TYPES, pick } from '../vocabulary';

export type CatalogusSort = 'naam' | 'passend';

export interface CatalogusFilters {
  search: string;
  type: SolutionType[];
  domain: SolutionDomain[];
  maturity: SolutionMaturity[];
  openSource: boolean;
  /** "Past bij mijn bestuur" */
  fits: boolean;
  sort: CatalogusSort;
}

const PARAM = { search: 'q', type: 'type', domain: 'domein', maturity: 'maturiteit', openSource: 'opensource', fits: 'past', sort: 'sorteer' } as const;

export function readFilters(params: URLSearchParams): CatalogusFilters {
  return {
    search: params.get(PARAM.search) ?? '',
    type: pick(TYPES, params.getAll(PARAM.type)),
    domain: pick(DOMAINS, params.getAll(PARAM.domain)),
    maturity: pick(MATURITIES, params.getAll(PARAM.maturity)),
    openSource: params.get(PARAM.openSource) === 'ja',
    fits: params.get(PARAM.fits) === 'ja',
    sort: params.get(PARAM.sort) === 'passend' ? 'passend' : 'naam',
  };
}

export function writeFilters(f: CatalogusFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.search.trim()) p.set(PARAM.search, f.search.trim());
  for (const v of f.type) p.append(PARAM.type, v);
  for (const v of f.domain) p.append(PARAM.domain, v);
  for (const v of f.maturity) p.append(PARAM.maturity, v);
  if (f.openSource) p.set(PARAM.openSource, 'ja');
  if (f.fits) p.set(PARAM.fits, 'ja');
  if (f.sort === 'passend') p.set(PARAM.sort, 'passend');
  return p;
}

/** The catalogue's filters live in the address, so a filtered list can be bookmarked and shared. */
export function useCatalogusFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const update = useCallback(
    (change: Partial<CatalogusFilters>) => setParams((prev) => writeFilters({ ...readFilters(prev), ...change }), { replace: true }),
    [setParams],
  );
  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { filters, update, reset };
}

export function activeFilterCount(f: CatalogusFilters): number {
  return f.type.length + f.domain.length + f.maturity.length + (f.openSource ? 1 : 0) + (f.fits ? 1 : 0) + (f.search.trim() ? 1 : 0);
}
