import type { DataSource } from 'typeorm';
import { createAccountsLoaders } from '../modules/accounts/accounts.loaders.js';
import { createRegionsLoaders } from '../modules/regions/regions.loaders.js';

/** Fresh DataLoaders for every request (or subscription event), so nothing is cached across viewers. */
export function createLoaders(ds: DataSource) {
  return { ...createRegionsLoaders(ds), ...createAccountsLoaders(ds) };
}
export type Loaders = ReturnType<typeof createLoaders>;
