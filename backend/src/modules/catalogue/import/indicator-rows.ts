import { BadInputError } from '../../../common/errors.js';
import type { IndicatorAggregation } from '../catalogue.enums.js';
import { outOfRange } from '../profiles/profiles.service.js';
import { issue, ImportIssueKind, type Issue } from './import-issues.js';
import type { Cell, Table } from './table-reader.js';

export interface IndicatorDef {
  id: string;
  key: string;
  name: string;
  minValue: number | null;
  maxValue: number | null;
  aggregation: IndicatorAggregation;
}

/** One number from the file, before NIS codes are mapped to today's municipalities. */
export interface Candidate {
  line: number;
  column: string;
  nis: string;
  indicator: IndicatorDef;
  year: number;
  value: number;
}

export interface RowInfo {
  line: number;
  nis: string | null;
  issues: Issue[];
}

export interface Interpretation {
  shape: 'WIDE' | 'LONG';
  decimalSeparator: ',' | '.';
  indicatorKeys: string[];
  ignoredColumns: string[];
  candidates: Candidate[];
  rows: RowInfo[];
}

export const normalizeHeader = (h: string) =>
  h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/[\s\-./]+/g, '_');

const NIS_HEADERS = ['nis', 'niscode', 'nis_code', 'refnis', 'cd_refnis', 'nis_gemeente', 'gemeente_nis'];
const YEAR_HEADERS = ['jaar', 'year'];
const INDICATOR_HEADERS = ['indicator', 'indicator_key', 'sleutel', 'kenmerk'];
const VALUE_HEADERS = ['waarde', 'value'];
// Descriptive columns spreadsheets carry along; ignored without a word.
const LABEL_HEADERS = ['naam', 'name', 'gemeente', 'gemeentenaam', 'bestuur', 'tx_descr_nl', 'tx_refnis_nl', 'bron', 'source', 'eenheid', 'unit', 'opmerking'];

const fileError = (field: string, message: string) => new BadInputError({ [field]: message }, message);

const COMMA_DECIMAL = /^[-+]?[\d.\s\u00a0]*\d,\d+$/;

/** A number as Belgian spreadsheets write it: "1.234,5" with a decimal comma, "1234.5" with a point. */
export function parseNumber(cell: Cell, decimal: ',' | '.'): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (cell === null) return null;
  let s = cell.replace(/[\s\u00a0\u202f]/g, '');
  s = decimal === ',' ? s.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.') : s.replace(/,(?=\d{3}(?!\d))/g, '');
  return /^[-+]?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

function parseYear(cell: Cell): number | null {
  const s = typeof cell === 'number' ? String(cell) : (cell ?? '').trim();
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= 1900 && y <= 2100 ? y : null;
}

function parseNis(cell: Cell): string | null {
  const s = (typeof cell === 'number' ? String(cell) : cell ?? '').trim().replace(/^'/, '');
  return /^\d{5}$/.test(s) ? s : null;
}

const show = (c: Cell) => `'${String(c).slice(0, 40)}'`;

/** Works out the shape (wide or long), reads every value and reports each row's problems. */
export function interpret(table: Table, indicators: IndicatorDef[], defaultYear: number | null): Interpretation {
  const norm = table.headers.map(normalizeHeader);
  const find = (names: string[]) => norm.findIndex((h) => names.includes(h));
  const nisCol = find(NIS_HEADERS);
  if (nisCol < 0) {
    if (parseNis(table.headers[0]) !== null) {
      throw fileError('file', 'De eerste regel bevat gegevens in plaats van kolomnamen. Zet de kolomnamen (bv. nis;informatieveiligheid) op de eerste regel.');
    }
    throw fileError('file', 'Geen kolom met de NIS-code gevonden. Noem die kolom nis, nis_code of refnis.');
  }
  const yearCol = find(YEAR_HEADERS);
  const indicatorCol = find(INDICATOR_HEADERS);
  const valueCol = find(VALUE_HEADERS);
  const shape = indicatorCol >= 0 && valueCol >= 0 ? 'LONG' : 'WIDE';
  if (yearCol < 0 && defaultYear === null) throw fileError('year', 'Geef het jaar op: bij het importeren of in een kolom jaar.');

  const byKey = new Map<string, IndicatorDef>();
  for (const i of indicators) {
    byKey.set(normalizeHeader(i.key), i);
    byKey.set(normalizeHeader(i.name), i);
  }
  const structural = new Set([nisCol, yearCol, indicatorCol, valueCol].filter((i) => i >= 0));
  const wideColumns: { index: number; indicator: IndicatorDef }[] = [];
  const ignoredColumns: string[] = [];
  if (shape === 'WIDE') {
    norm.forEach((h, index) => {
      if (structural.has(index) || LABEL_HEADERS.includes(h)) return;
      const indicator = byKey.get(h);
      if (indicator) wideColumns.push({ index, indicator });
      else ignoredColumns.push(table.headers[index]);
    });
    if (!wideColumns.length) {
      const keys = indicators.map((i) => i.key).slice(0, 12).join(', ');
      throw fileError('file', `Geen bekende indicator in de kolommen gevonden. Gebruik de sleutels van de indicatoren${keys ? `, bv. ${keys}` : ''}.`);
    }
  }
  const valueCols = shape === 'WIDE' ? wideColumns.map((c) => c.index) : [valueCol];
  const commaDecimal = table.rows.some((r) => valueCols.some((i) => typeof r.cells[i] === 'string' && COMMA_DECIMAL.test(r.cells[i] as string)));
  const decimal: ',' | '.' = commaDecimal ? ',' : '.';

  const candidates: Candidate[] = [];
  const rows: RowInfo[] = [];
  const firstLine = new Map<string, number>();
  const keysSeen = new Set<string>();
  for (const r of table.rows) {
    const info: RowInfo = { line: r.line, nis: null, issues: [] };
    rows.push(info);
    const nisCell = r.cells[nisCol];
    const nis = parseNis(nisCell);
    info.nis = nis ?? (nisCell === null ? null : String(nisCell).trim());
    if (!nis) {
      info.issues.push(issue(ImportIssueKind.UNKNOWN_NIS_CODE, nisCell === null ? 'De NIS-code ontbreekt.' : `Geen geldige NIS-code: ${show(nisCell)}.`, table.headers[nisCol]));
      continue;
    }
    let year = defaultYear;
    if (yearCol >= 0 && r.cells[yearCol] !== null) {
      year = parseYear(r.cells[yearCol]);
      if (year === null) {
        info.issues.push(issue(ImportIssueKind.INVALID_YEAR, `${show(r.cells[yearCol])} is geen geldig jaar.`, table.headers[yearCol]));
        continue;
      }
    }
    if (year === null) {
      info.issues.push(issue(ImportIssueKind.INVALID_YEAR, 'Het jaar ontbreekt.', yearCol >= 0 ? table.headers[yearCol] : null));
      continue;
    }
    const cells: { indicator: IndicatorDef; column: string; cell: Cell }[] = [];
    if (shape === 'WIDE') {
      for (const c of wideColumns) cells.push({ indicator: c.indicator, column: table.headers[c.index], cell: r.cells[c.index] });
    } else {
      const key = r.cells[indicatorCol];
      const indicator = key === null ? undefined : byKey.get(normalizeHeader(String(key)));
      if (!indicator) {
        info.issues.push(issue(ImportIssueKind.UNKNOWN_INDICATOR, key === null ? 'De indicator ontbreekt.' : `Onbekende indicator ${show(key)}.`, table.headers[indicatorCol]));
        continue;
      }
      cells.push({ indicator, column: table.headers[valueCol], cell: r.cells[valueCol] });
    }
    for (const { indicator, column, cell } of cells) {
      if (cell === null) continue; // an empty cell: no figure for this one
      const value = parseNumber(cell, decimal);
      if (value === null) {
        info.issues.push(issue(ImportIssueKind.NOT_A_NUMBER, `${column}: ${show(cell)} is geen getal.`, column));
        continue;
      }
      const range = outOfRange(indicator, value);
      if (range) {
        info.issues.push(issue(ImportIssueKind.OUT_OF_RANGE, `${column}: ${value} is ${range}.`, column));
        continue;
      }
      const key = `${nis}|${indicator.id}|${year}`;
      if (firstLine.has(key)) {
        info.issues.push(issue(ImportIssueKind.DUPLICATE, `Dubbel: ${nis}, ${indicator.key}, ${year} staat ook op regel ${firstLine.get(key)}.`, column));
        continue;
      }
      firstLine.set(key, r.line);
      keysSeen.add(indicator.key);
      candidates.push({ line: r.line, column, nis, indicator, year, value });
    }
  }
  return {
    shape, decimalSeparator: decimal, ignoredColumns, candidates, rows,
    indicatorKeys: shape === 'WIDE' ? wideColumns.map((c) => c.indicator.key) : [...keysSeen].sort(),
  };
}
