import { stringify } from 'csv-stringify/sync';

// A cell starting with one of these is read as a formula by spreadsheet programs (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a cell safe to open in Excel or LibreOffice: a leading formula character is neutralised with a quote. */
export function safeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/**
 * CSV for spreadsheets used in Flanders: semicolon-separated, UTF-8 with a byte order mark (so Excel
 * reads the accents), every cell guarded against formula injection.
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${stringify([header, ...rows].map((r) => r.map(safeCell)), { delimiter: ';', record_delimiter: '\r\n' })}`;
}
