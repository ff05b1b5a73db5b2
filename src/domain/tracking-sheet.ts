// The working group's tracking spreadsheet, exported as CSV (DESIGN.md, "Tracking-sheet import").
// Pure: rows in, validated cases out, or every bad cell (up to a limit) with its spreadsheet row,
// column, value and what was expected, so one pass over the file names everything to fix.
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

/** A sheet's bad cells, first one first; row and column are the first one's. */
export class SheetProblems extends SheetError {
  constructor(
    readonly problems: readonly SheetError[],
    /** True when the limit was reached and later rows were not checked. */
    readonly truncated: boolean,
  ) {
    const first = problems[0]!;
    super(first.row, first.column, first.value, first.problem);
    this.name = 'SheetProblems';
  }
}

/** How many bad cells one pass reports before it stops looking. */
export const MAX_SHEET_PROBLEMS = 50;

// Same bounds as a person code name typed into the register (services/people/schemas.ts).
export const PERSON_CODE_MIN = 3;
export const PERSON_CODE_MAX = 60;

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
export function parseTrackingSheet(
  rows: readonly (readonly string[])[],
  limit: number = MAX_SHEET_PROBLEMS,
): SheetCase[] {
  if (rows.length === 0) throw new SheetError(1, 'Date of Report', '', 'the file is empty; expected a header row');
  const index = headerIndex(rows[0]!);
  const cases = new Map<string, SheetCase>();
  // Cases whose first row was bad: their later rows are still checked cell by cell, but not
  // compared with a first row that could not be read.
  const broken = new Set<string>();
  const order: string[] = [];
  const problems: SheetError[] = [];
  const full = () => problems.length >= limit;

  for (let r = 1; r < rows.length && !full(); r++) {
    const rowNumber = r + 1;
    const raw = rows[r]!;
    if (raw.every((c) => c.trim() === '')) continue;
    const cells = Object.fromEntries(
      SHEET_COLUMNS.map((col) => [col, (raw[index.get(col)!] ?? '').trim()]),
    ) as Cells;
    const before = problems.length;
    const fail = (column: SheetColumn, problem: string): void => {
      problems.push(new SheetError(rowNumber, column, cells[column], problem));
    };

    const consequence = cells.Consequences === '' ? null : parseConsequence(cells.Consequences);
    if (cells.Consequences !== '' && consequence === null) {
      fail('Consequences', 'unknown consequence; expected one of Not a violation, Out of scope, No action taken, Warning, First Suspension, Second Suspension, Ban, Other');
    }
    const personCode = cells['Person Code Name'] === '' ? null : cells['Person Code Name'].replace(/\s+/g, ' ');
    if (personCode !== null && personCode.length < PERSON_CODE_MIN) {
      fail('Person Code Name', `too short; a person code name has at least ${PERSON_CODE_MIN} characters`);
    }
    if (personCode !== null && personCode.length > PERSON_CODE_MAX) {
      fail('Person Code Name', `too long; a person code name has at most ${PERSON_CODE_MAX} characters`);
    }
    const person: SheetPerson = { personCode, consequence, row: rowNumber };

    if (cells['Case Code Name'] === '') {
      fail('Case Code Name', 'every row needs a case code name');
      continue;
    }
    const codeName = normaliseCodeName(cells['Case Code Name']);
    const existing = cases.get(codeName);
    if (existing) {
      checkContinuation(existing, cells, fail);
      existing.people.push(person);
      continue;
    }
    if (broken.has(codeName)) {
      checkCells(cells, fail);
      continue;
    }

    const parsed = checkCells(cells, fail);
    if (cells['Date of Report'] === '') fail('Date of Report', 'the first row of a case needs the date of the report');
    if (cells.Status === '') fail('Status', 'the first row of a case needs a status; expected Ongoing or Resolved');
    if (parsed.receivedOn !== null && parsed.resolvedOn !== null && parsed.resolvedOn < parsed.receivedOn) {
      fail('Resolution Date', 'the case cannot be resolved before the report was received');
    }
    if (problems.length > before) {
      broken.add(codeName);
      continue;
    }

    const c: SheetCase = {
      codeName,
      receivedOn: parsed.receivedOn!,
      status: parsed.status!,
      resolutionSource: parsed.resolutionSource ?? 'none',
      resolvedOn: parsed.resolvedOn,
      safetyRisk: parsed.safetyRisk,
      ongoingHarassment: parsed.ongoingHarassment,
      documents: cells.Documents === '' ? null : cells.Documents,
      people: [person],
      firstRow: rowNumber,
    };
    cases.set(codeName, c);
    order.push(codeName);
  }

  const result = order.map((k) => cases.get(k)!);
  for (const c of result) {
    if (full()) break;
    checkCase(c, problems);
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.row - b.row || SHEET_COLUMNS.indexOf(a.column as SheetColumn) - SHEET_COLUMNS.indexOf(b.column as SheetColumn));
    throw new SheetProblems(problems.slice(0, limit), full());
  }
  return result;
}

interface CaseCells {
  receivedOn: string | null;
  status: CaseStatus | null;
  resolutionSource: ResolutionSource | null;
  resolvedOn: string | null;
  safetyRisk: boolean | null;
  ongoingHarassment: OngoingHarassment | null;
}

// Reads the case-level cells of one row; a filled cell that cannot be read is a problem.
function checkCells(cells: Cells, fail: (col: SheetColumn, problem: string) => void): CaseCells {
  const read = <T>(col: SheetColumn, parse: (s: string) => T | null, expected: string): T | null => {
    if (cells[col] === '') return null;
    const v = parse(cells[col]);
    if (v === null) fail(col, expected);
    return v;
  };
  return {
    receivedOn: read('Date of Report', parseSheetDate, 'not a valid date; use M/D/YYYY or YYYY-MM-DD'),
    status: read('Status', parseStatus, 'expected Ongoing or Resolved'),
    resolutionSource: read('Resolution Source', parseResolutionSource, 'expected CoC WG, DSF Board, Local Event Reps or None'),
    resolvedOn: read('Resolution Date', parseSheetDate, 'not a valid date; use M/D/YYYY or YYYY-MM-DD'),
    safetyRisk: read('Safety Risk', parseYesNo, 'expected Yes or No'),
    ongoingHarassment: read('Ongoing Harassment', parseOngoingHarassment, 'expected Yes, No or Maybe'),
  };
}

// On a continuation row a blank cell inherits; a filled case-level cell must agree with row one.
function checkContinuation(c: SheetCase, cells: Cells, fail: (col: SheetColumn, problem: string) => void): void {
  const reported: SheetColumn[] = [];
  const parsed = checkCells(cells, (col, problem) => {
    reported.push(col);
    fail(col, problem);
  });
  const conflict = (col: SheetColumn, value: unknown, expected: unknown) => {
    if (cells[col] !== '' && !reported.includes(col) && value !== expected) fail(col, `conflicts with row ${c.firstRow} of the same case`);
  };
  conflict('Date of Report', parsed.receivedOn, c.receivedOn);
  conflict('Status', parsed.status, c.status);
  conflict('Resolution Source', parsed.resolutionSource, c.resolutionSource);
  conflict('Resolution Date', parsed.resolvedOn, c.resolvedOn);
  conflict('Safety Risk', parsed.safetyRisk, c.safetyRisk);
  conflict('Ongoing Harassment', parsed.ongoingHarassment, c.ongoingHarassment);
}

function checkCase(c: SheetCase, problems: SheetError[]): void {
  const consequences = c.people.map((p) => p.consequence);
  if (c.status === 'resolved' && consequences.every((x) => x === null)) {
    problems.push(new SheetError(c.firstRow, 'Consequences', '', `case "${c.codeName}" is Resolved but no row gives a consequence`));
  }
  if (c.resolutionSource === 'none') {
    const acting = c.people.find((p) => p.consequence !== null && isAction(p.consequence));
    if (acting) {
      problems.push(new SheetError(acting.row, 'Resolution Source', 'None', 'an action was taken, so the resolution source cannot be None'));
    }
  }
  const seen = new Set<string>();
  for (const p of c.people) {
    if (p.personCode === null) continue;
    const k = p.personCode.toLowerCase();
    if (seen.has(k)) problems.push(new SheetError(p.row, 'Person Code Name', p.personCode, 'this person already has a row in this case'));
    seen.add(k);
  }
}
