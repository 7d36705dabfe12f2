import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { BadInputError } from '../../../common/errors.js';

/** Files larger than this are refused before anything is parsed. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type Cell = string | number | null;

/** A file read into rows of cells, whatever its format, delimiter or encoding. */
export interface Table {
  format: 'CSV' | 'JSON';
  encoding: string;
  delimiter: ',' | ';' | null;
  headers: string[];
  /** `line`: CSV line number (the header is line 1) or the 1-based position in a JSON array. */
  rows: { line: number; cells: Cell[] }[];
}

const fileError = (message: string) => new BadInputError({ file: message }, message);

/** UTF-8 with or without BOM, else Windows-1252: a Belgian spreadsheet exports one of those. */
export function decode(bytes: Buffer): { text: string; encoding: string } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 met BOM' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'Windows-1252' };
  }
}

/** Counts a delimiter outside double quotes on the header line. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

export function sniffDelimiter(text: string): ',' | ';' | null {
  const header = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const semi = countOutsideQuotes(header, ';');
  const comma = countOutsideQuotes(header, ',');
  if (!semi && !comma) return null;
  return semi >= comma ? ';' : ',';
}

function looksLikeJson(text: string, fileName?: string | null): boolean {
  if (fileName && /\.json$/i.test(fileName)) return true;
  if (fileName && /\.(csv|txt)$/i.test(fileName)) return false;
  return /^\s*[[{]/.test(text);
}

export function readTable(bytes: Buffer, fileName?: string | null): Table {
  if (bytes.length > MAX_IMPORT_BYTES) throw fileError('Het bestand is groter dan 20 MB. Splits het op of laat kolommen weg.');
  const { text, encoding } = decode(bytes);
  if (text.trim() === '') throw fileError('Het bestand is leeg.');
  return looksLikeJson(text, fileName) ? readJson(text, encoding) : readCsv(text, encoding);
}

function readCsv(text: string, encoding: string): Table {
  const delimiter = sniffDelimiter(text);
  if (!delimiter) {
    throw fileError('Geen kolommen gevonden: gebruik een puntkomma of komma als scheidingsteken en zet de kolomnamen op de eerste regel.');
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, skip_empty_lines: true, trim: true, relax_column_count: false }) as unknown as typeof records;
  } catch (e) {
    const err = e as { code?: string; lines?: number; message?: string };
    const where = err.lines ? `Regel ${err.lines}: ` : '';
    const why = err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
      ? 'het aantal kolommen verschilt van de kopregel.'
      : err.code?.startsWith('CSV_QUOTE') || err.code === 'INVALID_OPENING_QUOTE' || err.code === 'CSV_INVALID_CLOSING_QUOTE'
        ? 'een aanhalingsteken is niet goed afgesloten.'
        : 'het bestand is geen geldige CSV.';
    throw fileError(`${where}${why}`);
  }
  const [head, ...body] = records;
  if (!body.length) throw fileError('Het bestand bevat alleen een kopregel en geen gegevens.');
  return {
    format: 'CSV',
    encoding,
    delimiter,
    headers: head.record,
    rows: body.map((r) => ({ line: r.info.lines, cells: r.record.map((c) => (c === '' ? null : c)) })),
  };
}

function readJson(text: string, encoding: string): Table {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw fileError(`Ongeldige JSON: ${(e as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { rows?: unknown })?.rows;
  if (!Array.isArray(list) || !list.every((r) => r && typeof r === 'object' && !Array.isArray(r))) {
    throw fileError('Verwacht een JSON-lijst van objecten, bv. [{"nis": "44021", "informatieveiligheid": 62}].');
  }
  if (!list.length) throw fileError('De JSON-lijst is leeg.');
  const headers: string[] = [];
  for (const r of list) for (const k of Object.keys(r)) if (!headers.includes(k)) headers.push(k);
  return {
    format: 'JSON',
    encoding,
    delimiter: null,
    headers,
    rows: list.map((r: Record<string, unknown>, i) => ({
      line: i + 1,
      cells: headers.map((h) => {
        const v = r[h];
        if (v === undefined || v === null || v === '') return null;
        return typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v);
      }),
    })),
  };
}
