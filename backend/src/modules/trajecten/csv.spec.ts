import { safeCell, toCsv } from './csv.js';

describe('CSV export guard', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const evil of ['=1+1', '+32 9 123', '-2+3', '@SUM(A1:A2)', '\t=cmd', '\r=cmd']) {
      expect(safeCell(evil)).toBe(`'${evil}`);
    }
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(safeCell('Lotte Lid')).toBe('Lotte Lid');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell(44021)).toBe('44021');
    expect(safeCell(null)).toBe('');
  });

  it('quotes separators and quotes, after guarding', () => {
    const csv = toCsv(['naam', 'bestuur'], [['=HYPERLINK("http://x";"klik")', 'Gent; stad']]);
    expect(csv).toBe('\uFEFFnaam;bestuur\r\n"\'=HYPERLINK(""http://x"";""klik"")";"Gent; stad"\r\n');
  });
});
