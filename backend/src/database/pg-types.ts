import pg from 'pg';

const TIMESTAMPTZ = 1184;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);
const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

/**
 * PostgreSQL's text form of a timestamptz (DateStyle ISO: "2026-11-28 21:18:42.802+00", fractions
 * of 0–6 digits, offsets "+01", "+05:30", "-03:00:00") as a Date with millisecond precision; null
 * for anything else (BC dates, "infinity", years before 1000), which the caller leaves to pg's own parser.
 * pg's parser is general and slow; a thread page turns hundreds of timestamps into Dates.
 */
export function parseIsoTimestamptz(s: string): Date | null {
  const n = s.length;
  if (n < 22 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 32 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return null;
  for (let k = 0; k < DIGITS.length; k++) if (!isDigit(s, DIGITS[k])) return null;
  const year = two(s, 0) * 100 + two(s, 2);
  if (year < 1000) return null;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < n && isDigit(s, i)) i++;
    const len = i - start;
    if (len === 0 || len > 6) return null;
    // Milliseconds: the first three digits, padded (".8" is 800 ms); microseconds are dropped, as pg does.
    for (let k = 0; k < 3; k++) ms = ms * 10 + (start + k < i ? digit(s, start + k) : 0);
  }
  const sign = s.charCodeAt(i);
  if (sign !== 43 && sign !== 45) return null;
  i++;
  if (i + 2 > n || !isDigit(s, i) || !isDigit(s, i + 1)) return null;
  let offset = two(s, i) * 3600;
  i += 2;
  for (const unit of [60, 1]) {
    if (i === n) break;
    if (s.charCodeAt(i) !== 58 || i + 3 > n || !isDigit(s, i + 1) || !isDigit(s, i + 2)) return null;
    offset += two(s, i + 1) * unit;
    i += 3;
  }
  if (i !== n) return null;
  const utc = Date.UTC(year, two(s, 5) - 1, two(s, 8), two(s, 11), two(s, 14), two(s, 17), ms);
  return new Date(utc - (sign === 43 ? 1 : -1) * offset * 1000);
}

let installed = false;

/** Uses the fast timestamptz parser for pg (process-wide), falling back to pg's own for the unusual. */
export function installFastTypeParsers(): void {
  if (installed) return;
  installed = true;
  const original = pg.types.getTypeParser(TIMESTAMPTZ) as (v: string) => unknown;
  pg.types.setTypeParser(TIMESTAMPTZ, (v: string) => parseIsoTimestamptz(v) ?? original(v));
}
