import type { DataSource } from 'typeorm';
import { createAccountsLoaders } from '../modules/accounts/accounts.loaders.js';
import { createRegionsLoaders } from '../modules/regions/regions.loaders.js';
import { createDiscussionsLoaders } from '../modules/discussions/discussions.loaders.js';
import { createTrajectenLoaders } from '../modules/trajecten/trajecten.loaders.js';
import { createCatalogueLoaders } from '../modules/catalogue/catalogue.loaders.js';
import { createNotificationsLoaders } from '../modules/notifications/notifications.loaders.js';

/** Fresh DataLoaders for every request (or subscription event), so nothing is cached across viewers. */
export function createLoaders(ds: DataSource) {
  return { ...createRegionsLoaders(ds), ...createAccountsLoaders(ds), ...createDiscussionsLoaders(ds), ...createTrajectenLoaders(ds), ...createCatalogueLoaders(ds), ...createNotificationsLoaders(ds) };
}
export type Loaders = ReturnType<typeof createLoaders>;
