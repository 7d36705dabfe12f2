import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { DataSource } from 'typeorm';
import { AppError, BadInputError } from '../../../common/errors.js';
import { inTransaction } from '../../../database/transaction.js';
import { recordAudit } from '../../audit/audit.service.js';
import { ImportSeverity } from '../import/import-issues.js';
import { CreateSolutionInput } from '../solutions/solution.inputs.js';
import { SolutionEntity } from '../solutions/solution.entity.js';
import type { SolutionsService } from '../solutions/solutions.service.js';
import { publiccodeExtras, toSolutionData, yamlPathOf } from './publiccode.mapper.js';
import type { PubliccodeImportReport, PubliccodeSolutionResult } from './publiccode.model.js';
import { parsePubliccode, validateDocument, type PcIssue } from './publiccode.schema.js';

export const MAX_PUBLICCODE_BYTES = 1_000_000;

class Rollback extends Error {}

function flatten(errors: ValidationError[], prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const e of errors) {
    const name = prefix ? `${prefix}.${e.property}` : e.property;
    const messages = Object.values(e.constraints ?? {});
    if (messages.length && !out[name]) out[name] = messages[messages.length - 1];
    if (e.children?.length) flatten(e.children, name, out);
  }
  return out;
}

/**
 * Validates publiccode.yml documents (syntax, the 0.4 required fields, Ketenwerk's x-ketenwerk
 * section, then the same rules as createSolution) and creates or updates one solution per document,
 * by slug, in one transaction. A dry run does the same work and rolls it back.
 */
export async function runPubliccodeImport(
  ds: DataSource, solutions: SolutionsService, text: string, dryRun: boolean, actorId: string | null, appOrigin: string,
): Promise<PubliccodeImportReport> {
  if (Buffer.byteLength(text) > MAX_PUBLICCODE_BYTES) throw new BadInputError({ content: 'Het bestand is groter dan 1 MB.' });
  const { docs, issues } = parsePubliccode(text);
  for (const d of docs) if (d.data !== null || !d.doc.errors.length) issues.push(...validateDocument(d));
  const blocking = () => issues.some((i) => i.severity === 'ERROR');
  const results: PubliccodeSolutionResult[] = [];
  let committed = false;

  if (!blocking()) {
    const mapped = docs.map((d) => ({ d, ...toSolutionData(d.data!, appOrigin), extras: publiccodeExtras(d.data!) }));
    const seen = new Map<string, number>();
    for (const { d, solution, lang } of mapped) {
      const issue = (field: string, message: string) => {
        const { line, column } = d.at(yamlPathOf(field, lang));
        issues.push({ document: d.index, line, column, path: yamlPathOf(field, lang).join('.'), message, severity: 'ERROR' });
      };
      if (seen.has(solution.slug)) issue('slug', `De slug ${solution.slug} komt ook voor in document ${seen.get(solution.slug)}.`);
      seen.set(solution.slug, d.index);
      const fields = flatten(validateSync(plainToInstance(CreateSolutionInput, solution), { whitelist: true, forbidUnknownValues: false }));
      for (const [field, message] of Object.entries(fields)) issue(field, message);
    }
    if (!blocking()) {
      try {
        await inTransaction(ds, async (m) => {
          for (const { d, solution, lang, extras } of mapped) {
            const existing = await m.getRepository(SolutionEntity).findOneBy({ slug: solution.slug });
            try {
              const saved = await solutions.apply(m, { ...solution, publiccode: extras }, existing, actorId);
              results.push({ slug: saved.slug, name: saved.name, action: existing ? 'UPDATE' : 'CREATE' });
              await recordAudit(m, {
                actorId, action: 'solution.imported', subjectType: 'solution', subjectId: saved.id,
                after: { slug: saved.slug, format: 'publiccode.yml', action: existing ? 'UPDATE' : 'CREATE' },
              });
            } catch (e) {
              if (!(e instanceof BadInputError)) throw e;
              for (const [field, message] of Object.entries((e.extensions.fields ?? {}) as Record<string, string>)) {
                const { line, column } = d.at(yamlPathOf(field, lang));
                issues.push({ document: d.index, line, column, path: yamlPathOf(field, lang).join('.'), message, severity: 'ERROR' });
              }
            }
          }
          if (dryRun || blocking()) throw new Rollback();
        });
        committed = true;
      } catch (e) {
        if (!(e instanceof Rollback)) throw e;
      }
    }
  }
  const sorted: PcIssue[] = issues.sort((a, b) => a.document - b.document || a.line - b.line || a.column - b.column);
  const report: PubliccodeImportReport = {
    dryRun, committed, valid: !blocking(), documents: docs.length,
    issues: sorted.map((i) => ({ ...i, severity: i.severity === 'ERROR' ? ImportSeverity.ERROR : ImportSeverity.WARNING })),
    solutions: results,
  };
  if (!dryRun && !report.valid) {
    const first = sorted.find((i) => i.severity === 'ERROR')!;
    throw new AppError('BAD_USER_INPUT', 'De publiccode.yml bevat fouten; er is niets geïmporteerd.', {
      fields: { content: `Regel ${first.line}: ${first.message}` }, issues: report.issues,
    });
  }
  return report;
}
