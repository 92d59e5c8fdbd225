import { describe, expect, it } from 'vitest';
import { guardFormula, parseCsv, toCsv } from '@/lib/csv';

describe('CSV formula guard', () => {
  it('writes a cell starting with =, +, -, @, tab or carriage return as text', () => {
    for (const value of ['=1+1', '+47 55 55 55 55', '-2', '@SUM(A1)', '\tx', '\rx']) expect(guardFormula(value)).toBe(`'${value}`);
    for (const value of ['Tekst', '', ' =1', "'quoted", '1-2', 'a=b']) expect(guardFormula(value)).toBe(value);
    // An apostrophe before a formula character would be stripped on reading: it gets one more.
    expect(guardFormula("'=1")).toBe("''=1");
  });

  it('puts no formula in the file, and reads every value back as it was', () => {
    const rows = [
      ['name', 'note'],
      ['=HYPERLINK("https://example.org";"x")', '+47 55 55 55 55'],
      ['-1', '@cmd'],
      ['\tTab', 'line\r\nbreak'],
      ["'=already", "'plain"],
      ["''=twice", 'vanlig; tekst'],
    ];
    const text = toCsv(rows);
    const cells = text.slice(1).split(/;|\r\n/).map((c) => c.replace(/^"/, ''));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error('unreadable');
    expect(parsed.records.map((r) => r.values)).toEqual(rows);
  });
});
