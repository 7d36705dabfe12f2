import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps the search vectors of threads and comments in the row (storage MAIN instead of EXTENDED): a search reads
 * the vector of every candidate, to check a phrase and to rank it, and a vector stored out of line costs a TOAST
 * lookup each time. A row that is too wide now moves its body and HTML out of line first. Rows written before this
 * keep their storage until they are rewritten (e.g. by `VACUUM FULL threads`).
 */
export class SearchVectorsInline1764810000000 implements MigrationInterface {
  name = 'SearchVectorsInline1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE threads ALTER COLUMN search SET STORAGE MAIN`);
    await q.query(`ALTER TABLE comments ALTER COLUMN search SET STORAGE MAIN`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE comments ALTER COLUMN search SET STORAGE EXTENDED`);
    await q.query(`ALTER TABLE threads ALTER COLUMN search SET STORAGE EXTENDED`);
  }
}
