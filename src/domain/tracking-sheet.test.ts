import { describe, expect, it } from 'vitest';
import { parseSheetDate, parseTrackingSheet, SheetError } from './tracking-sheet';

const H = ['Date of Report', 'Case Code Name', 'Person Code Name', 'Status', 'Resolution Source', 'Resolution Date', 'Safety Risk', 'Ongoing Harassment', 'Consequences', 'Documents'];

function sheet(...rows: string[][]) {
  return [H, ...rows];
}

describe('tracking sheet', () => {
  it('reads both date formats and rejects impossible dates', () => {
    expect(parseSheetDate('3/7/2025')).toBe('2025-03-07');
    expect(parseSheetDate(' 2025-03-07 ')).toBe('2025-03-07');
    expect(parseSheetDate('2/29/2025')).toBeNull();
    expect(parseSheetDate('13/1/2025')).toBeNull();
    expect(parseSheetDate('7.3.2025')).toBeNull();
  });

  it('groups continuation rows into one case; blank cells inherit', () => {
    const cases = parseTrackingSheet(
      sheet(
        ['1/2/2024', 'Home Shelf', 'Blue Jay', 'resolved', 'coc wg', '2/1/2024', 'YES', 'maybe', 'warning', 'doc'],
        ['', ' home  shelf ', ' Coral Fox ', '', '', '', '', '', 'NO ACTION TAKEN', ''],
        ['', '', '', '', '', '', '', '', '', ''],
      ),
    );
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      codeName: 'home shelf',
      receivedOn: '2024-01-02',
      status: 'resolved',
      resolutionSource: 'working_group',
      resolvedOn: '2024-02-01',
      safetyRisk: true,
      ongoingHarassment: 'maybe',
      people: [
        { personCode: 'Blue Jay', consequence: 'warning', row: 2 },
        { personCode: 'Coral Fox', consequence: 'no_action', row: 3 },
      ],
    });
  });

  it('accepts columns in any order', () => {
    const [c] = parseTrackingSheet([[...H].reverse(), ['', 'Ban', 'No', 'No', '3/3/2024', 'DSF Board', 'Resolved', 'Teal Otter', 'a b', '3/1/2024']]);
    expect(c).toMatchObject({ codeName: 'a b', resolutionSource: 'board', people: [{ consequence: 'ban' }] });
  });

  const fails: Array<[string, string[][], number, string]> = [
    ['a missing column', [H.slice(1)], 1, 'Date of Report'],
    ['no case code name', sheet(['1/2/2024', '', 'Blue Jay', 'Ongoing', '', '', '', '', '', '']), 2, 'Case Code Name'],
    ['an unknown status', sheet(['1/2/2024', 'a b', 'Blue Jay', 'Closed', '', '', '', '', '', '']), 2, 'Status'],
    ['a resolution before the report', sheet(['1/2/2024', 'a b', 'X Y', 'Resolved', 'CoC WG', '1/1/2024', '', '', 'Warning', '']), 2, 'Resolution Date'],
    ['a person twice in one case', sheet(['1/2/2024', 'a b', 'Blue Jay', 'Ongoing', '', '', '', '', '', ''], ['', 'a b', 'blue jay', '', '', '', '', '', '', '']), 3, 'Person Code Name'],
    ['a bad yes/no', sheet(['1/2/2024', 'a b', 'Blue Jay', 'Ongoing', '', '', 'perhaps', '', '', '']), 2, 'Safety Risk'],
  ];
  for (const [name, rows, row, column] of fails) {
    it(`stops on ${name} with row and column`, () => {
      try {
        parseTrackingSheet(rows);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(SheetError);
        expect({ row: (e as SheetError).row, column: (e as SheetError).column }).toEqual({ row, column });
      }
    });
  }
});
