import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/accounts/passwords.js';
import { inTransaction } from '../transaction.js';

/** Demo accounts for local use; their passwords are printed in the README. Never loaded by itself in production. */
export const DEMO_USERS = [
  { email: 'admin@ketenwerk.test', password: 'Ketenwerk-admin-2025', displayName: 'Ann Beheerder', jobTitle: 'Platformbeheerder', bestuur: 'v-ict-or', admin: true, coordinates: [] as string[] },
  { email: 'coordinator@ketenwerk.test', password: 'Ketenwerk-coord-2025', displayName: 'Koen Coördinator', jobTitle: 'Regionaal coördinator kenniskring', bestuur: '44021', admin: false, coordinates: ['regio-gent'] },
  { email: 'lid@ketenwerk.test', password: 'Ketenwerk-lid-2025', displayName: 'Lotte Lid', jobTitle: 'Informatieveiligheidsconsulent', bestuur: '41002', admin: false, coordinates: [] as string[] },
];

/** Idempotent: existing demo accounts are left alone. */
export async function seedDemo(ds: DataSource): Promise<void> {
  const hashes = await Promise.all(DEMO_USERS.map((u) => hashPassword(u.password)));
  await inTransaction(ds, async (m) => {
    for (const [i, u] of DEMO_USERS.entries()) {
      const rows: { id: string }[] = await m.query(
        `INSERT INTO users (email, display_name, job_title, password_hash, is_admin, email_verified_at, bestuur_id)
         SELECT $1, $2, $3, $4, $5, now(), (SELECT id FROM besturen WHERE code = $6)
         WHERE NOT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower($1))
         RETURNING id`,
        [u.email, u.displayName, u.jobTitle, hashes[i], u.admin, u.bestuur],
      );
      if (!rows.length) continue;
      for (const slug of u.coordinates) {
        await m.query(
          `INSERT INTO region_coordinators (region_id, user_id) SELECT id, $2 FROM regions WHERE slug = $1 ON CONFLICT DO NOTHING`,
          [slug, rows[0].id],
        );
      }
    }
  });
}
