import iconv from 'iconv-lite';
import { parseNumber } from './indicator-rows.js';
import { decode, readTable, sniffDelimiter } from './table-reader.js';

describe('reading files as Belgian spreadsheets export them', () => {
  it('decodes UTF-8, UTF-8 with a BOM, and Windows-1252 (anything that is not valid UTF-8)', () => {
    expect(decode(Buffer.from('nis;naam\n11001;Zoë'))).toEqual({ text: 'nis;naam\n11001;Zoë', encoding: 'UTF-8' });
    expect(decode(Buffer.from('\uFEFFnis;naam'))).toEqual({ text: 'nis;naam', encoding: 'UTF-8 met BOM' });
    expect(decode(iconv.encode('naam;prijs\nZoë;€ 5', 'win1252'))).toEqual({ text: 'naam;prijs\nZoë;€ 5', encoding: 'Windows-1252' });
  });

  it('picks the delimiter from the header line, ignoring quoted ones', () => {
    expect(sniffDelimiter('nis;naam;score\n1,2,3')).toBe(';');
    expect(sniffDelimiter('nis,"naam; voluit",score')).toBe(',');
    expect(sniffDelimiter('\n\nnis;score')).toBe(';');
    expect(sniffDelimiter('nis\tscore')).toBeNull();
  });

  it('reads numbers with a decimal comma or point and thousands separators', () => {
    expect(parseNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseNumber('62,5', ',')).toBe(62.5);
    expect(parseNumber('62.5', ',')).toBe(62.5);
    expect(parseNumber('1 234,5', ',')).toBe(1234.5);
    expect(parseNumber('1,234.5', '.')).toBe(1234.5);
    expect(parseNumber('-3', '.')).toBe(-3);
    expect(parseNumber(42, ',')).toBe(42);
    for (const text of ['veel', '12%', '1,2,3', '', 'NaN', '1e5']) expect(parseNumber(text, '.')).toBeNull();
  });

  it('keeps CSV line numbers, quoted fields with newlines included', () => {
    const t = readTable(Buffer.from('nis;opmerking;x\n44021;"twee\nregels";5\n41002;;6\n'));
    expect(t.rows.map((r) => [r.line, r.cells])).toEqual([[3, ['44021', 'twee\nregels', '5']], [4, ['41002', null, '6']]]);
  });

  it('reads JSON lists of objects, and refuses other JSON', () => {
    const t = readTable(Buffer.from('[{"nis":"44021","x":5},{"nis":41002,"y":"6,5"}]'), 'data.json');
    expect(t.headers).toEqual(['nis', 'x', 'y']);
    expect(t.rows).toEqual([{ line: 1, cells: ['44021', 5, null] }, { line: 2, cells: [41002, null, '6,5'] }]);
    expect(() => readTable(Buffer.from('{"nis":1}'), 'data.json')).toThrow(/JSON-lijst/);
    expect(() => readTable(Buffer.from('[{"nis":'), 'data.json')).toThrow(/Ongeldige JSON/);
  });
});
