import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { BadInputError } from '../../../common/errors.js';
import { inTransaction } from '../../../database/transaction.js';
import { recordAudit } from '../../audit/audit.service.js';
import { ImportSeverity, type Issue } from './import-issues.js';
import type { ImportReport, ImportRowReport } from './import.model.js';
import { interpret, type IndicatorDef } from './indicator-rows.js';
import { mapToMunicipalities, type FinalValue, type Merger, type Municipality } from './merger-mapping.js';
import { readTable } from './table-reader.js';

export interface ImportRequest {
  bytes: Buffer;
  fileName: string | null;
  source: string;
  year: number | null;
  dryRun: boolean;
}

/** Who runs the import: a signed-in administrator (WEB) or an operator on the command line (CLI). */
export interface ImportActor {
  userId: string | null;
  label: string;
  via: 'WEB' | 'CLI';
}

const MAX_ROWS_LISTED = 1000;
const CHUNK = 5000;
const RANK = { ERROR: 3, WARNING: 2, INFO: 1 } as const;

async function compare(db: DataSource, values: FinalValue[]) {
  if (!values.length) return { newCount: 0, changedCount: 0, unchangedCount: 0 };
  const rows: { n: number; changed: number; unchanged: number }[] = await db.query(
    `SELECT count(*) FILTER (WHERE v.id IS NULL)::int AS n,
            count(*) FILTER (WHERE v.id IS NOT NULL AND v.value IS DISTINCT FROM x.value)::int AS changed,
            count(*) FILTER (WHERE v.id IS NOT NULL AND v.value IS NOT DISTINCT FROM x.value)::int AS unchanged
     FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::float8[]) AS x(bestuur_id, indicator_id, year, value)
     LEFT JOIN indicator_values v ON v.bestuur_id = x.bestuur_id AND v.indicator_id = x.indicator_id AND v.year = x.year`,
    [values.map((v) => v.bestuurId), values.map((v) => v.indicatorId), values.map((v) => v.year), values.map((v) => v.value)],
  );
  return { newCount: rows[0].n, changedCount: rows[0].changed, unchangedCount: rows[0].unchanged };
}

/**
 * Reads, checks and (unless dry run) writes an indicator file. The commit is one transaction: all
 * values or none; it is refused while any row has an error. The same file with the same source and
 * year is recognised by its hash and changes nothing; equal values are left untouched either way.
 * Authorization is the caller's: administrators through GraphQL and HTTP, operators on the CLI.
 */
export async function runIndicatorImport(ds: DataSource, req: ImportRequest, actor: ImportActor): Promise<ImportReport> {
  const source = req.source.trim();
  if (source.length < 2 || source.length > 120) throw new BadInputError({ source: 'Een bron telt 2 tot 120 tekens.' });
  if (req.year !== null && (!Number.isInteger(req.year) || req.year < 1900 || req.year > 2100)) {
    throw new BadInputError({ year: 'Vul een jaar tussen 1900 en 2100 in.' });
  }
  const table = readTable(req.bytes, req.fileName);
  const fileHash = createHash('sha256').update(req.bytes).digest('hex');
  const [indicators, municipalities, mergers, earlier] = await Promise.all([
    ds.query(`SELECT id, key, name, min_value AS "minValue", max_value AS "maxValue", aggregation FROM indicators`) as Promise<IndicatorDef[]>,
    ds.query(`SELECT id, nis_code AS "nisCode", name FROM besturen WHERE kind = 'MUNICIPALITY'`) as Promise<Municipality[]>,
    ds.query(`SELECT old_nis_code AS "oldNisCode", old_name AS "oldName", new_nis_code AS "newNisCode",
                     extract(year FROM effective_on)::int AS "effectiveYear" FROM nis_mergers`) as Promise<Merger[]>,
    ds.query(`SELECT id FROM indicator_imports WHERE file_hash = $1 AND source = $2 AND coalesce(year, 0) = coalesce($3, 0)`,
      [fileHash, source, req.year]) as Promise<{ id: string }[]>,
  ]);
  const interp = interpret(table, indicators, req.year);
  const mapping = mapToMunicipalities(interp.candidates, municipalities, mergers);
  const nameOf = new Map(municipalities.map((m) => [m.nisCode, m.name]));

  const rows: ImportRowReport[] = [];
  let errorRows = 0;
  let warningRows = 0;
  for (const r of interp.rows) {
    const issues: Issue[] = [...r.issues, ...(mapping.issues.get(r.line) ?? [])];
    const worst = issues.reduce<ImportSeverity | null>((w, i) => (!w || RANK[i.severity] > RANK[w] ? i.severity : w), null);
    if (worst === ImportSeverity.ERROR) errorRows++;
    if (worst === ImportSeverity.WARNING) warningRows++;
    if (!worst) continue;
    const mapped = mapping.mappedTo.get(r.line);
    rows.push({
      line: r.line, nisCode: r.nis, severity: worst, issues,
      bestuurName: mapped?.name ?? (r.nis ? nameOf.get(r.nis) ?? null : null),
      mappedToNisCode: mapped?.nisCode ?? null,
    });
  }
  const counts = await compare(ds, mapping.values);
  const report: ImportReport = {
    dryRun: req.dryRun, committed: false, alreadyImported: earlier.length > 0, importId: earlier[0]?.id ?? null,
    fileHash, fileName: req.fileName, source, year: req.year,
    years: [...new Set(mapping.values.map((v) => v.year))].sort(),
    format: table.format, shape: interp.shape, encoding: table.encoding, delimiter: table.delimiter,
    decimalSeparator: interp.decimalSeparator, indicators: interp.indicatorKeys, ignoredColumns: interp.ignoredColumns,
    rowCount: interp.rows.length, okRowCount: interp.rows.length - rows.length, errorRowCount: errorRows, warningRowCount: warningRows,
    valueCount: mapping.values.length, ...counts, skippedCount: mapping.skipped,
    rows: rows.slice(0, MAX_ROWS_LISTED), rowsTruncated: rows.length > MAX_ROWS_LISTED,
  };
  if (req.dryRun) return report;
  if (errorRows) {
    throw new BadInputError(
      { file: `${errorRows} ${errorRows === 1 ? 'rij bevat' : 'rijen bevatten'} een fout; er is niets geïmporteerd. Bekijk de proefimport.` },
      'Het bestand bevat fouten; er is niets geïmporteerd.',
    );
  }
  if (report.alreadyImported) return { ...report, newCount: 0, changedCount: 0, unchangedCount: mapping.values.length };
  return inTransaction(ds, async (m) => {
    const [imp]: { id: string }[] = await m.query(
      `INSERT INTO indicator_imports (source, year, years, file_name, file_hash, format, shape, encoding, via, row_count, value_count, skipped_count, imported_by, run_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT DO NOTHING RETURNING id`,
      [source, req.year, report.years, req.fileName, fileHash, table.format, interp.shape, table.encoding, actor.via,
        report.rowCount, report.valueCount, report.skippedCount, actor.userId, actor.label],
    );
    // Someone committed the same file a moment earlier.
    if (!imp) return { ...report, alreadyImported: true, newCount: 0, changedCount: 0, unchangedCount: mapping.values.length };
    let inserted = 0;
    let updated = 0;
    for (let i = 0; i < mapping.values.length; i += CHUNK) {
      const part = mapping.values.slice(i, i + CHUNK);
      const res: { inserted: boolean }[] = await m.query(
        `INSERT INTO indicator_values (bestuur_id, indicator_id, year, value, source, import_id)
         SELECT x.bestuur_id, x.indicator_id, x.year, x.value, $5, $6
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::float8[]) AS x(bestuur_id, indicator_id, year, value)
         ON CONFLICT (bestuur_id, indicator_id, year) DO UPDATE
         SET value = EXCLUDED.value, source = EXCLUDED.source, import_id = EXCLUDED.import_id,
             correction_id = NULL, is_demo = false, updated_at = now()
         WHERE indicator_values.value IS DISTINCT FROM EXCLUDED.value
         RETURNING (xmax = 0) AS inserted`,
        [part.map((v) => v.bestuurId), part.map((v) => v.indicatorId), part.map((v) => v.year), part.map((v) => v.value), source, imp.id],
      );
      for (const r of res) (r.inserted ? inserted++ : updated++);
    }
    const unchanged = mapping.values.length - inserted - updated;
    await m.query(
      'UPDATE indicator_imports SET new_count = $2, changed_count = $3, unchanged_count = $4 WHERE id = $1',
      [imp.id, inserted, updated, unchanged],
    );
    await recordAudit(m, {
      actorId: actor.userId, action: 'indicators.imported', subjectType: 'indicator_import', subjectId: imp.id,
      after: { source, year: req.year, fileHash, via: actor.via, runBy: actor.label, newCount: inserted, changedCount: updated, unchangedCount: unchanged },
    });
    return { ...report, committed: true, alreadyImported: false, importId: imp.id, newCount: inserted, changedCount: updated, unchangedCount: unchanged };
  });
}
