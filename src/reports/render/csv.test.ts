import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { PublicTable } from '../model';
import { csv, spreadsheetSafe, tableCsv } from './csv';

describe('CSV formula injection', () => {
  it('defuses cells a spreadsheet would evaluate', () => {
    for (const cell of ['=HYPERLINK("http://x","y")', '+cmd|calc', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '-', '+', '=']) {
      expect(spreadsheetSafe(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    }
  });

  it('keeps numbers, negative ones included, and ordinary text as they are', () => {
    for (const cell of ['0', '12', '-3', '+4', '-0.5', '1e3', '<3', 'x', 'In-person events', '', 'Total']) {
      expect(spreadsheetSafe(cell), JSON.stringify(cell)).toBe(cell);
    }
  });

  it('writes every cell of a table through the guard, labels included', () => {
    const t: PublicTable = {
      id: 't',
      title: 'T',
      rows: ['=cmd|" /C calc"!A0', 'Online'],
      columns: ['@warning', 'Total'],
      cells: [
        { row: '=cmd|" /C calc"!A0', column: '@warning', display: '-1', value: -1, masked: false, min: -1, max: -1 },
        { row: 'Online', column: 'Total', display: '<3', value: null, masked: true, min: 0, max: 2 },
      ],
    };
    const parsed = parse(tableCsv(t)) as string[][];
    expect(parsed[0]).toEqual(['', "'@warning", 'Total']);
    expect(parsed[1]).toEqual([`'=cmd|" /C calc"!A0`, '-1', '']);
    expect(parsed[2]).toEqual(['Online', '', '<3']);
    expect(csv([['a', '=b']])).toBe("a,'=b\n");
  });
});
