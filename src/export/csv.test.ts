import { describe, expect, it } from 'vitest';
import { BOM, csvField, parseCsv, toCsv } from './csv.ts';

describe('CSV (RFC 4180)', () => {
  it('quotes only fields with a comma, a double quote or a line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(238)).toBe('238');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv(['a', 'b'], [['1', 'x, y'], ['2', null]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}a,b\r\n1,"x, y"\r\n2,\r\n`);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[^"]\n/);
  });

  it('reads back what it writes, accents and all', () => {
    const rows = [['Curaçao', 'He said, "¿Sí?"\nThen left.', ''], ['São Tomé', '', 'x']];
    expect(parseCsv(toCsv(['name', 'quote', 'z'], rows))).toEqual([['name', 'quote', 'z'], ...rows]);
  });
});
