import { csvLine, guardCell } from './csv-guard.js';

describe('CSV formula-injection guard', () => {
  it('prefixes a quote to text that a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+32 9', '-2', '@SUM(A1)', '\tverborgen', '\rnieuw']) expect(guardCell(bad)).toBe(`'${bad}`);
    for (const fine of ['Gent', ' =1', '1-2', "'al beschermd"]) expect(guardCell(fine)).toBe(fine);
  });

  it('quotes cells with delimiters, quotes and newlines, and leaves numbers alone', () => {
    expect(csvLine(['a,b', 'zei "ja"', 'twee\nregels', -5, null, true, false], ',')).toBe('"a,b","zei ""ja""","twee\nregels",-5,,ja,nee');
    expect(csvLine(['a,b', 'c;d'], ';')).toBe('a,b;"c;d"');
    expect(csvLine(['=cmd|" /C calc"!A0'], ',')).toBe(`"'=cmd|"" /C calc""!A0"`);
  });
});
