// The working group's tracking spreadsheet, exported as CSV (DESIGN.md, "Tracking-sheet import").
// Pure: rows in, validated cases out, or the first problem with its spreadsheet row and column.
import {
  parseOngoingHarassment,
  parseResolutionSource,
  parseStatus,
  parseYesNo,
  type CaseStatus,
  type OngoingHarassment,
  type ResolutionSource,
} from './case-status';
import { normaliseCodeName } from './code-names';
import { isAction, parseConsequence, type Consequence } from './outcomes';
import { isIsoDate } from './periods';

export const SHEET_COLUMNS = [
  'Date of Report',
  'Case Code Name',
  'Person Code Name',
  'Status',
  'Resolution Source',
  'Resolution Date',
  'Safety Risk',
  'Ongoing Harassment',
  'Consequences',
  'Documents',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

export interface SheetPerson {
  personCode: string | null;
  consequence: Consequence | null;
  row: number;
}

export interface SheetCase {
  codeName: string;
  receivedOn: string;
  status: CaseStatus;
  resolutionSource: ResolutionSource;
  resolvedOn: string | null;
  safetyRisk: boolean | null;
  ongoingHarassment: OngoingHarassment | null;
  documents: string | null;
  people: SheetPerson[];
  firstRow: number;
}

export class SheetError extends Error {
  constructor(
    readonly row: number,
    readonly column: string,
    readonly value: string,
    readonly problem: string,
  ) {
    super(`row ${row}, column "${column}": ${problem}${value === '' ? '' : ` (value: "${value}")`}`);
    this.name = 'SheetError';
  }
}

/** Accepts M/D/YYYY (the spreadsheet's US export) and YYYY-MM-DD; returns YYYY-MM-DD or null. */
export function parseSheetDate(s: string): string | null {
  const v = s.trim();
  if (isIsoDate(v)) return v;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (!m) return null;
  const iso = `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

type Cells = Record<SheetColumn, string>;

function headerIndex(header: readonly string[]): Map<SheetColumn, number> {
  const byName = new Map(header.map((h, i) => [h.trim().toLowerCase(), i] as const));
  const index = new Map<SheetColumn, number>();
  const missing: string[] = [];
  for (const col of SHEET_COLUMNS) {
    const i = byName.get(col.toLowerCase());
    if (i === undefined) missing.push(col);
    else index.set(col, i);
  }
  if (missing.length > 0) {
    throw new SheetError(1, missing[0]!, '', `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  }
  return index;
}

/**
 * Parses a sheet given as rows of cells (header first). Row numbers are as a spreadsheet shows
 * them: the header is row 1.
 */
export function parseTrackingSheet(rows: readonly (readonly string[])[]): SheetCase[] {
  if (rows.length === 0) throw new SheetError(1, 'Date of Report', '', 'the file is empty; expected a header row');
  const index = headerIndex(rows[0]!);
  const cases = new Map<string, SheetCase>();
  const order: string[] = [];

  for (let r = 1; r < rows.length; r++) {
    const rowNumber = r + 1;
    const raw = rows[r]!;
    if (raw.every((c) => c.trim() === '')) continue;
    const cells = Object.fromEntries(
      SHEET_COLUMNS.map((col) => [col, (raw[index.get(col)!] ?? '').trim()]),
    ) as Cells;
    const fail = (column: SheetColumn, problem: string): never => {
      throw new SheetError(rowNumber, column, cells[column], problem);
    };

    if (cells['Case Code Name'] === '') fail('Case Code Name', 'every row needs a case code name');
    const codeName = normaliseCodeName(cells['Case Code Name']);
    const existing = cases.get(codeName);

    const consequence = cells.Consequences === '' ? null : parseConsequence(cells.Consequences);
    if (cells.Consequences !== '' && consequence === null) {
      fail('Consequences', 'unknown consequence; expected one of Not a violation, Out of scope, No action taken, Warning, First Suspension, Second Suspension, Ban, Other');
    }
    const person: SheetPerson = {
      personCode: cells['Person Code Name'] === '' ? null : cells['Person Code Name'].replace(/\s+/g, ' '),
      consequence,
      row: rowNumber,
    };

    if (existing) {
      checkContinuation(existing, cells, fail);
      existing.people.push(person);
      continue;
    }

    const receivedOn = parseSheetDate(cells['Date of Report']);
    if (cells['Date of Report'] === '') fail('Date of Report', 'the first row of a case needs the date of the report');
    if (receivedOn === null) fail('Date of Report', 'not a valid date; use M/D/YYYY or YYYY-MM-DD');
    const status = parseStatus(cells.Status);
    if (status === null) fail('Status', 'expected Ongoing or Resolved');
    const source = cells['Resolution Source'] === '' ? 'none' : parseResolutionSource(cells['Resolution Source']);
    if (source === null) fail('Resolution Source', 'expected CoC WG, DSF Board, Local Event Reps or None');
    let resolvedOn: string | null = null;
    if (cells['Resolution Date'] !== '') {
      resolvedOn = parseSheetDate(cells['Resolution Date']);
      if (resolvedOn === null) fail('Resolution Date', 'not a valid date; use M/D/YYYY or YYYY-MM-DD');
      if (resolvedOn! < receivedOn!) fail('Resolution Date', 'the case cannot be resolved before the report was received');
    }
    const safetyRisk = cells['Safety Risk'] === '' ? null : parseYesNo(cells['Safety Risk']);
    if (cells['Safety Risk'] !== '' && safetyRisk === null) fail('Safety Risk', 'expected Yes or No');
    const harassment = cells['Ongoing Harassment'] === '' ? null : parseOngoingHarassment(cells['Ongoing Harassment']);
    if (cells['Ongoing Harassment'] !== '' && harassment === null) fail('Ongoing Harassment', 'expected Yes, No or Maybe');

    const c: SheetCase = {
      codeName,
      receivedOn: receivedOn!,
      status: status!,
      resolutionSource: source!,
      resolvedOn,
      safetyRisk,
      ongoingHarassment: harassment,
      documents: cells.Documents === '' ? null : cells.Documents,
      people: [person],
      firstRow: rowNumber,
    };
    cases.set(codeName, c);
    order.push(codeName);
  }

  const result = order.map((k) => cases.get(k)!);
  for (const c of result) checkCase(c);
  return result;
}

// On a continuation row a blank cell inherits; a filled case-level cell must agree with row one.
function checkContinuation(c: SheetCase, cells: Cells, fail: (col: SheetColumn, problem: string) => never): void {
  const conflict = (col: SheetColumn) => fail(col, `conflicts with row ${c.firstRow} of the same case`);
  if (cells['Date of Report'] !== '' && parseSheetDate(cells['Date of Report']) !== c.receivedOn) conflict('Date of Report');
  if (cells.Status !== '' && parseStatus(cells.Status) !== c.status) conflict('Status');
  if (cells['Resolution Source'] !== '' && parseResolutionSource(cells['Resolution Source']) !== c.resolutionSource)
    conflict('Resolution Source');
  if (cells['Resolution Date'] !== '' && parseSheetDate(cells['Resolution Date']) !== c.resolvedOn) conflict('Resolution Date');
  if (cells['Safety Risk'] !== '' && parseYesNo(cells['Safety Risk']) !== c.safetyRisk) conflict('Safety Risk');
  if (cells['Ongoing Harassment'] !== '' && parseOngoingHarassment(cells['Ongoing Harassment']) !== c.ongoingHarassment)
    conflict('Ongoing Harassment');
}

function checkCase(c: SheetCase): void {
  const consequences = c.people.map((p) => p.consequence);
  if (c.status === 'resolved' && consequences.every((x) => x === null)) {
    throw new SheetError(c.firstRow, 'Consequences', '', `case "${c.codeName}" is Resolved but no row gives a consequence`);
  }
  if (c.resolutionSource === 'none') {
    const acting = c.people.find((p) => p.consequence !== null && isAction(p.consequence));
    if (acting) {
      throw new SheetError(acting.row, 'Resolution Source', 'None', 'an action was taken, so the resolution source cannot be None');
    }
  }
  const seen = new Set<string>();
  for (const p of c.people) {
    if (p.personCode === null) continue;
    const k = p.personCode.toLowerCase();
    if (seen.has(k)) throw new SheetError(p.row, 'Person Code Name', p.personCode, 'this person already has a row in this case');
    seen.add(k);
  }
}
