import type { DataSource } from 'typeorm';
import { createAccountsLoaders } from '../modules/accounts/accounts.loaders.js';
import { createRegionsLoaders } from '../modules/regions/regions.loaders.js';
import { createDiscussionsLoaders } from '../modules/discussions/discussions.loaders.js';
import { createTrajectenLoaders } from '../modules/trajecten/trajecten.loaders.js';
import { createCatalogueLoaders } from '../modules/catalogue/catalogue.loaders.js';
import { createNotificationsLoaders } from '../modules/notifications/notifications.loaders.js';

const FACTORIES = [
  createRegionsLoaders, createAccountsLoaders, createDiscussionsLoaders, createTrajectenLoaders, createCatalogueLoaders, createNotificationsLoaders,
] as const;

export type Loaders = ReturnType<typeof createRegionsLoaders> & ReturnType<typeof createAccountsLoaders> & ReturnType<typeof createDiscussionsLoaders>
  & ReturnType<typeof createTrajectenLoaders> & ReturnType<typeof createCatalogueLoaders> & ReturnType<typeof createNotificationsLoaders>;

// A request builds only the loaders its fields use: a module's set is created the first time one of
// its loaders is asked for (some 40 DataLoaders in all, most requests need two or three).
class LazyLoaders {
  readonly groups: Record<string, unknown>[] = [];
  constructor(readonly ds: DataSource) {}
}
let prepared = false;

function prepare() {
  FACTORIES.forEach((factory, i) => {
    // Building a set touches no data source: a loader only uses it when it loads.
    for (const key of Object.keys(factory(null as unknown as DataSource))) {
      Object.defineProperty(LazyLoaders.prototype, key, {
        get(this: LazyLoaders) {
          return (this.groups[i] ??= factory(this.ds) as Record<string, unknown>)[key];
        },
      });
    }
  });
  prepared = true;
}

/** Fresh DataLoaders for every request (or subscription event), so nothing is cached across viewers. */
export function createLoaders(ds: DataSource): Loaders {
  if (!prepared) prepare();
  return new LazyLoaders(ds) as unknown as Loaders;
}

/** Forgets everything the loaders created so far have cached (a subscription reuses its context for every event). */
export function clearLoaders(loaders: Loaders): void {
  for (const group of (loaders as unknown as LazyLoaders).groups) {
    if (group) for (const loader of Object.values(group)) (loader as { clearAll: () => void }).clearAll();
  }
}
