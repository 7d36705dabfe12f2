import type { DataSource } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';
import { CENTRAL_SLUG } from './spaces.service.js';

/** The central space and one space per region; idempotent, run at every start like reference data. */
export async function seedSpaces(ds: DataSource): Promise<void> {
  await inTransaction(ds, async (m) => {
    await m.query(
      `INSERT INTO spaces (kind, slug, name) VALUES ('CENTRAL', $1, 'Centrale werkruimte') ON CONFLICT DO NOTHING`,
      [CENTRAL_SLUG],
    );
    // A region's space takes the region's slug; should it be taken, the region code keeps it unique.
    await m.query(
      `INSERT INTO spaces (kind, region_id, slug, name)
       SELECT 'REGION', r.id,
              CASE WHEN EXISTS (SELECT 1 FROM spaces s WHERE s.slug = r.slug) THEN lower(r.code) ELSE r.slug END,
              r.name
       FROM regions r
       WHERE NOT EXISTS (SELECT 1 FROM spaces s WHERE s.region_id = r.id)
       ON CONFLICT DO NOTHING`,
    );
  });
}
