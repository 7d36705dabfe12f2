import type { DataSource, EntityManager } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import { requireAdmin, requireViewer, type Viewer } from '../../common/viewer.js';

export interface BestuurRef {
  id: string;
  name: string;
  nisCode: string;
  regionId: string | null;
  population: number | null;
}

type Db = DataSource | EntityManager;

/** A municipality by NIS code (partner organisations have no profile), or NOT_FOUND. */
export async function requireMunicipality(db: Db, nisCode: string): Promise<BestuurRef> {
  const [b] = await db.query(
    `SELECT id, name, nis_code AS "nisCode", region_id AS "regionId", population FROM besturen WHERE nis_code = $1 AND kind = 'MUNICIPALITY'`,
    [nisCode],
  );
  if (!b) throw new NotFoundError('Bestuur');
  return b;
}

async function coordinates(db: Db, userId: string, regionId: string | null): Promise<boolean> {
  if (!regionId) return false;
  const rows = await db.query('SELECT 1 FROM region_coordinators WHERE region_id = $1 AND user_id = $2', [regionId, userId]);
  return rows.length > 0;
}

/**
 * Who may change a bestuur's capabilities, adoptions and propose corrections: its own members
 * (users.bestuur_id), the coordinators of its region, and administrators.
 */
export async function requireBestuurEditor(db: Db, viewer: Viewer | null, bestuur: BestuurRef): Promise<Viewer> {
  const v = requireViewer(viewer);
  if (v.user.isAdmin || v.user.bestuurId === bestuur.id || (await coordinates(db, v.user.id, bestuur.regionId))) return v;
  throw new ForbiddenError(`Alleen medewerkers van ${bestuur.name}, coördinatoren van zijn regio en beheerders kunnen dit wijzigen.`);
}

/** Coordinators of the region and administrators. */
export async function requireRegionCoordinator(db: Db, viewer: Viewer | null, regionId: string): Promise<Viewer> {
  const v = requireViewer(viewer);
  if (v.user.isAdmin || (await coordinates(db, v.user.id, regionId))) return v;
  throw new ForbiddenError('Alleen coördinatoren van deze regio en beheerders zien dit overzicht.');
}

export { requireAdmin };
