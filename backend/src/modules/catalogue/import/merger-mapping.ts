import { IndicatorAggregation } from '../catalogue.enums.js';
import { fmt, joinNl } from '../fit/fit.explain.js';
import { issue, ImportIssueKind, type Issue } from './import-issues.js';
import type { Candidate } from './indicator-rows.js';

/** The indicator whose values weigh a population-weighted mean of merged municipalities. */
export const POPULATION_INDICATOR_KEY = 'inwoners';

export interface Municipality {
  id: string;
  nisCode: string;
  name: string;
}
export interface Merger {
  oldNisCode: string;
  oldName: string;
  newNisCode: string;
  effectiveYear: number;
}

/** A value ready to be written for one of today's municipalities. */
export interface FinalValue {
  bestuurId: string;
  nisCode: string;
  indicatorId: string;
  year: number;
  value: number;
  lines: number[];
}

export interface Mapping {
  values: FinalValue[];
  issues: Map<number, Issue[]>;
  skipped: number;
  /** Line → the NIS code and name it was mapped to. */
  mappedTo: Map<number, { nisCode: string; name: string }>;
}

/**
 * Maps NIS codes to today's municipalities. A former code (in nis_mergers) in a year before the
 * merger counts towards its new municipality, combined by the indicator's rule: SUM, a
 * population-weighted mean (weights: the `inwoners` values of the former municipalities in the same
 * file and year), or NONE (left out). All former municipalities must be present, else the value is
 * left out. Unknown codes are errors.
 */
export function mapToMunicipalities(candidates: Candidate[], municipalities: Municipality[], mergers: Merger[]): Mapping {
  const current = new Map(municipalities.map((m) => [m.nisCode, m]));
  const former = new Map(mergers.map((m) => [m.oldNisCode, m]));
  const partsOf = new Map<string, Merger[]>();
  for (const m of mergers) partsOf.set(m.newNisCode, [...(partsOf.get(m.newNisCode) ?? []), m]);
  const issues = new Map<number, Issue[]>();
  const add = (line: number, i: Issue) => issues.set(line, [...(issues.get(line) ?? []), i]);
  const mappedTo = new Map<number, { nisCode: string; name: string }>();
  const values: FinalValue[] = [];
  const direct = new Set<string>();
  const groups = new Map<string, Candidate[]>();
  let skipped = 0;

  for (const c of candidates) {
    const m = former.get(c.nis);
    if (m && c.year < m.effectiveYear) {
      const key = `${m.newNisCode}|${c.indicator.id}|${c.year}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
      continue;
    }
    const b = current.get(c.nis);
    if (b) {
      direct.add(`${b.nisCode}|${c.indicator.id}|${c.year}`);
      values.push({ bestuurId: b.id, nisCode: b.nisCode, indicatorId: c.indicator.id, year: c.year, value: c.value, lines: [c.line] });
    } else if (m) {
      skipped++;
      add(c.line, issue(ImportIssueKind.NOT_AGGREGATED, `${m.oldName} (${m.oldNisCode}) bestaat sinds ${m.effectiveYear} niet meer als gemeente; ${c.indicator.key} voor ${c.year} is weggelaten.`, c.column));
    } else {
      add(c.line, issue(ImportIssueKind.UNKNOWN_NIS_CODE, `Onbekende NIS-code ${c.nis}: geen Vlaamse gemeente.`, c.column));
    }
  }

  // Weights for population-weighted means: inhabitants of the former municipalities, same file and year.
  const population = new Map<string, number>();
  for (const c of candidates) if (c.indicator.key === POPULATION_INDICATOR_KEY) population.set(`${c.nis}|${c.year}`, c.value);

  for (const [key, parts] of groups) {
    const [newNis, , yearText] = key.split('|');
    const year = Number(yearText);
    const target = current.get(newNis);
    const indicator = parts[0].indicator;
    const expected = partsOf.get(newNis) ?? [];
    const name = target?.name ?? newNis;
    const leaveOut = (message: string) => {
      skipped += parts.length;
      for (const p of parts) add(p.line, issue(ImportIssueKind.NOT_AGGREGATED, message, p.column));
    };
    if (!target) {
      leaveOut(`De fusiegemeente ${newNis} is onbekend; ${indicator.key} is weggelaten.`);
      continue;
    }
    if (direct.has(key)) {
      for (const p of parts) {
        add(p.line, issue(ImportIssueKind.DUPLICATE, `Dubbel: ${name} (${newNis}) staat zelf ook in het bestand voor ${indicator.key} in ${year}.`, p.column));
      }
      continue;
    }
    const names = (list: Merger[]) => joinNl(list.map((m) => `${m.oldName} (${m.oldNisCode})`));
    if (indicator.aggregation === IndicatorAggregation.NONE) {
      leaveOut(`${indicator.key} wordt bij een fusie niet samengeteld; de waarde voor ${name} (${newNis}) in ${year} is weggelaten.`);
      continue;
    }
    const missing = expected.filter((m) => !parts.some((p) => p.nis === m.oldNisCode));
    if (missing.length) {
      leaveOut(`Onvolledig: ${names(missing)} ontbreekt voor ${indicator.key} in ${year}; de waarde voor ${name} (${newNis}) is weggelaten.`);
      continue;
    }
    let value: number;
    let how: string;
    if (indicator.aggregation === IndicatorAggregation.SUM) {
      value = parts.reduce((s, p) => s + p.value, 0);
      how = `som van ${parts.length} gemeenten`;
    } else {
      const weights = parts.map((p) => population.get(`${p.nis}|${year}`));
      const unweighted = expected.filter((m) => weights[parts.findIndex((p) => p.nis === m.oldNisCode)] === undefined);
      const total = weights.reduce<number>((s, w) => s + (w ?? 0), 0);
      if (unweighted.length || total <= 0) {
        leaveOut(`Geen inwonersaantal (${POPULATION_INDICATOR_KEY}) voor ${names(unweighted.length ? unweighted : expected)} in ${year} in dit bestand: het gewogen gemiddelde voor ${name} (${newNis}) kan niet berekend worden.`);
        continue;
      }
      value = parts.reduce((s, p, i) => s + p.value * (weights[i] ?? 0), 0) / total;
      how = `naar inwoners gewogen gemiddelde van ${parts.length} gemeenten`;
    }
    values.push({ bestuurId: target.id, nisCode: newNis, indicatorId: indicator.id, year, value, lines: parts.map((p) => p.line) });
    for (const p of parts) {
      const m = former.get(p.nis)!;
      mappedTo.set(p.line, { nisCode: newNis, name });
      add(p.line, issue(
        ImportIssueKind.MAPPED_THROUGH_MERGER,
        `Fusie: ${m.oldName} (${m.oldNisCode}) hoort sinds ${m.effectiveYear} bij ${name} (${newNis}); ${indicator.key} ${year} = ${fmt(value)} (${how}).`,
        p.column,
      ));
    }
  }
  return { values, issues, skipped, mappedTo };
}
