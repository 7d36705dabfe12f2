import type { DataSource } from 'typeorm';
import { inTransaction } from '../transaction.js';
import { MERGERS_2025, MUNICIPALITIES, REGIONS } from './reference-data.js';

export const PARTNER_ORGANISATIONS = [
  { code: 'vvsg', name: 'VVSG (Vereniging van Vlaamse Steden en Gemeenten)' },
  { code: 'v-ict-or', name: 'V-ICT-OR (Vlaamse ICT-organisatie)' },
  { code: 'digitaal-vlaanderen', name: 'Digitaal Vlaanderen' },
];

/**
 * Loads the regions, the 285 municipalities, the partner organisations and the 2025 merger table.
 * Idempotent: rows that exist are left as they are, so an administrator's renames and
 * re-assignments survive a restart.
 */
export async function seedReference(ds: DataSource): Promise<void> {
  await inTransaction(ds, async (m) => {
    for (const r of REGIONS) {
      await m.query(
        `INSERT INTO regions (code, slug, name, province) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING`,
        [r.code, r.slug, r.name, r.province],
      );
    }
    await m.query(
      `INSERT INTO besturen (code, nis_code, kind, name, province, arrondissement, population, region_id)
       SELECT x.nis, x.nis, 'MUNICIPALITY', x.name, x.province, x.arr, x.pop, r.id
       FROM jsonb_to_recordset($1::jsonb) AS x(nis text, name text, province text, arr text, pop int, region text)
       JOIN regions r ON r.code = x.region
       ON CONFLICT (code) DO NOTHING`,
      [JSON.stringify(MUNICIPALITIES.map((b) => ({
        nis: b.nisCode, name: b.name, province: b.province, arr: b.arrondissement, pop: b.population, region: b.regionCode,
      })))],
    );
    for (const p of PARTNER_ORGANISATIONS) {
      await m.query(
        `INSERT INTO besturen (code, kind, name) VALUES ($1, 'PARTNER', $2) ON CONFLICT (code) DO NOTHING`,
        [p.code, p.name],
      );
    }
    await m.query(
      `INSERT INTO nis_mergers (old_nis_code, old_name, new_nis_code, effective_on)
       SELECT x.old, x.name, x.new, DATE '2025-01-01'
       FROM jsonb_to_recordset($1::jsonb) AS x(old text, name text, new text)
       ON CONFLICT (old_nis_code) DO NOTHING`,
      [JSON.stringify(MERGERS_2025.map((x) => ({ old: x.oldNisCode, name: x.oldName, new: x.newNisCode })))],
    );
  });
}
