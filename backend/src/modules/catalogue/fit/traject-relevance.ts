/**
 * The seam between the fit and the trajecten module. The fit asks, once per request, which of the
 * trajects the bestuur takes part in relate to each solution (through `solutions.related_traject_slugs`).
 * Until the trajecten module provides an implementation, `NoTrajectRelevance` answers nothing and the
 * traject part of every score is 0. To link them, provide TRAJECT_RELEVANCE in CatalogueModule with a
 * class that asks the trajecten service (one query for the bestuur's trajects), without the catalogue
 * importing that module's internals.
 */
export const TRAJECT_RELEVANCE = Symbol('TRAJECT_RELEVANCE');

export interface TrajectMatch {
  /** 0 to 1: how strongly the solution relates to the bestuur's trajects. */
  share: number;
  trajects: { slug: string; name: string }[];
}

export interface TrajectRelevanceSource {
  /** By bestuur id, then by solution id; one call (a constant number of queries) for any number of besturen. */
  forBesturen(bestuurIds: string[], solutions: { id: string; relatedTrajectSlugs: string[] }[]): Promise<Map<string, Map<string, TrajectMatch>>>;
}

export class NoTrajectRelevance implements TrajectRelevanceSource {
  async forBesturen(): Promise<Map<string, Map<string, TrajectMatch>>> {
    return new Map();
  }
}
