import { readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../common/errors.js';
import type { AppConfig } from '../../../config.js';
import { createDataSource } from '../../../database/data-source.js';
import { hasPendingMigrations } from '../../../database/migrate.js';
import { runPubliccodeImport } from '../publiccode/publiccode-import.js';
import { SolutionsService } from '../solutions/solutions.service.js';
import { runIndicatorImport } from './indicator-import.js';
import type { ImportReport } from './import.model.js';
import { MAX_IMPORT_BYTES } from './table-reader.js';

export const IMPORT_USAGE = `usage:
  npm run import -- indicators FILE --source "I-Monitor" [--year 2016] [--dry-run] [--as e-mailadres]
  npm run import -- solutions FILE.yml [--dry-run] [--as e-mailadres]`;

const n = (v: number) => v.toLocaleString('nl-BE');
const LABEL: Record<string, string> = { ERROR: 'FOUT', WARNING: 'WAARSCHUWING', INFO: 'INFO' };

function printIndicatorReport(r: ImportReport): void {
  const lines = [
    r.dryRun ? 'Proefimport: er is niets gewijzigd.' : r.alreadyImported ? 'Dit bestand is al geïmporteerd: er is niets gewijzigd.' : 'Import voltooid.',
    `Bestand: ${r.fileName ?? '-'} (${r.format}, ${r.shape === 'WIDE' ? 'breed' : 'lang'}, ${r.encoding}${r.delimiter ? `, scheidingsteken '${r.delimiter}'` : ''}, decimaalteken '${r.decimalSeparator}')`,
    `Bron: ${r.source}${r.years.length ? `, jaar ${r.years.join(', ')}` : ''}; indicatoren: ${r.indicators.join(', ')}`,
    `Rijen: ${n(r.rowCount)} (${n(r.okRowCount)} in orde, ${n(r.errorRowCount)} met fouten, ${n(r.warningRowCount)} met waarschuwingen)`,
    `Waarden: ${n(r.valueCount)} (nieuw ${n(r.newCount)}, gewijzigd ${n(r.changedCount)}, ongewijzigd ${n(r.unchangedCount)}, weggelaten ${n(r.skippedCount)})`,
  ];
  if (r.ignoredColumns.length) lines.push(`Genegeerde kolommen: ${r.ignoredColumns.join(', ')}`);
  for (const row of r.rows.slice(0, 100)) {
    for (const i of row.issues) lines.push(`  regel ${row.line}${row.nisCode ? ` (${row.nisCode})` : ''}: ${LABEL[i.severity]} ${i.message}`);
  }
  if (r.rows.length > 100 || r.rowsTruncated) lines.push('  … meer rijen met opmerkingen; gebruik de beheerpagina voor het volledige verslag.');
  console.log(lines.join('\n'));
}

/** `npm run import -- …`: the same import as the admin pages, run by an operator against the database. */
export async function runImportCommand(cfg: AppConfig, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { source: { type: 'string' }, year: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, as: { type: 'string' } },
    allowPositionals: true,
  });
  const [, kind, file] = positionals;
  if (!['indicators', 'solutions'].includes(kind) || !file) {
    console.error(IMPORT_USAGE);
    return 2;
  }
  // npm runs the script in backend/; a relative path means the directory the command was typed in.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const size = (await stat(path).catch(() => null))?.size;
  if (size === undefined) {
    console.error(`Bestand niet gevonden: ${path}`);
    return 2;
  }
  if (size > MAX_IMPORT_BYTES) {
    console.error('Het bestand is groter dan 20 MB. Splits het op of laat kolommen weg.');
    return 1;
  }
  const ds = createDataSource(cfg);
  await ds.initialize();
  try {
    if (await hasPendingMigrations(ds)) {
      console.error('De database heeft migraties die nog niet uitgevoerd zijn: voer eerst `npm run migrate` uit.');
      return 2;
    }
    let userId: string | null = null;
    let label = `cli:${userInfo().username}`;
    if (values.as) {
      const [u] = await ds.query('SELECT id, display_name FROM users WHERE lower(email) = lower($1)', [values.as]);
      if (!u) {
        console.error(`Geen account met e-mailadres ${values.as}.`);
        return 2;
      }
      userId = u.id;
      label = `${u.display_name} (cli)`;
    }
    const bytes = await readFile(path);
    const dryRun = values['dry-run'] ?? false;
    try {
      if (kind === 'indicators') {
        const year = values.year === undefined ? null : Number(values.year);
        const report = await runIndicatorImport(ds, {
          bytes, fileName: path.split(/[\\/]/).pop() ?? null, source: values.source ?? '', year: Number.isNaN(year) ? -1 : year, dryRun,
        }, { userId, label, via: 'CLI' });
        printIndicatorReport(report);
        return report.errorRowCount ? 1 : 0;
      }
      const report = await runPubliccodeImport(ds, new SolutionsService(ds), bytes.toString('utf8'), dryRun, userId, cfg.APP_ORIGIN);
      console.log(report.dryRun ? 'Proefimport: er is niets gewijzigd.' : 'Import voltooid.');
      for (const s of report.solutions) console.log(`  ${s.action === 'CREATE' ? 'nieuw' : 'bijgewerkt'}: ${s.slug} (${s.name})`);
      for (const i of report.issues) console.log(`  document ${i.document}, regel ${i.line}, kolom ${i.column}: ${LABEL[i.severity]} ${i.message}`);
      return report.valid ? 0 : 1;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const ext = e.extensions as { fields?: Record<string, string>; issues?: { document: number; line: number; message: string }[] };
      console.error(e.message);
      for (const [field, message] of Object.entries(ext.fields ?? {})) if (message !== e.message) console.error(`  ${field}: ${message}`);
      for (const i of ext.issues ?? []) console.error(`  document ${i.document}, regel ${i.line}: ${i.message}`);
      return 1;
    }
  } finally {
    await ds.destroy();
  }
}
