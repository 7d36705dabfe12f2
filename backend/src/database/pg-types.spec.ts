import pg from 'pg';
import { parseIsoTimestamptz } from './pg-types.js';

const pgParse = pg.types.getTypeParser(1184) as (v: string) => Date;

describe('parseIsoTimestamptz', () => {
  it.each([
    '2026-11-28 21:18:42+00',
    '2026-11-28 21:18:42.8+00',
    '2026-11-28 21:18:42.802+00',
    '2026-11-28 21:18:42.802123+00',
    '2026-03-29 02:30:00.5+01',
    '2026-07-01 00:00:00+02',
    '1999-12-31 23:59:59.999-03',
    '2026-01-15 10:00:00+05:30',
    '1969-07-20 20:17:40-09:30:15',
    '2024-02-29 12:00:00.000001+14',
  ])('reads %s as pg does', (text) => {
    expect(parseIsoTimestamptz(text)?.toISOString()).toBe(pgParse(text).toISOString());
  });

  it.each(['infinity', '-infinity', '0044-03-15 12:00:00+00 BC', '0099-01-01 00:00:00+00', '2026-11-28T21:18:42Z', '2026-11-28 21:18:42.1234567+00', '2026-11-28 21:18:42+0', '2026-11-28 21:18:42+00:3', ''])(
    'leaves %j to pg',
    (text) => {
      expect(parseIsoTimestamptz(text)).toBeNull();
    },
  );
});
