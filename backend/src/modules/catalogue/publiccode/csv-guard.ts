/** Cells a spreadsheet would run as a formula start with one of these; they get a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CsvValue = string | number | boolean | null | undefined;

/** One CSV line (RFC 4180 quoting); text cells are guarded against formula injection, numbers are not. */
export function csvLine(cells: CsvValue[], delimiter: ',' | ';'): string {
  return cells
    .map((c) => {
      if (c === null || c === undefined) return '';
      if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
      const text = typeof c === 'boolean' ? (c ? 'ja' : 'nee') : guardCell(c);
      return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(delimiter);
}
