// An event's attendee or speaker list, as a local representative sends it: a CSV export or text
// pasted from anywhere, one person a line, with names, emails and usernames in any columns. Pure:
// the service hashes what this finds into blind indexes and forgets the text.
import { parse } from 'csv-parse/sync';

export const ATTENDEE_LIST_MAX_ROWS = 20_000;

export interface AttendeeEntry {
  /** The line (1-based, after a header if any) the entry came from, to answer about it. */
  row: number;
  /** What the line said, as written, to show the sender their own entry back. */
  label: string;
  names: string[];
  emails: string[];
  usernames: string[];
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/u;
// "Name <email>" as mail programs write it.
const NAMED_EMAIL = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/u;
const HEADER = /^(?:names?|full ?names?|first ?name|last ?name|given ?name|surname|family ?name|e-?mails?|e-?mail address|usernames?|user ?names?|handles?|logins?|nick(?:name)?s?|github|gitlab|discord|irc)$/iu;

type Column = 'name' | 'first' | 'last' | 'email' | 'username' | 'any';

function columnOf(header: string): Column {
  const h = header.trim().toLowerCase();
  if (/^(first|given) ?name$/.test(h)) return 'first';
  if (/^(last|family) ?name$|^surname$/.test(h)) return 'last';
  if (/mail/.test(h)) return 'email';
  if (/user|handle|login|nick|github|gitlab|discord|irc/.test(h)) return 'username';
  if (/name/.test(h)) return 'name';
  return 'any';
}

/** A cell whose kind no header states: an email, an @handle, or a name (checked as a username too when it is one word). */
function classify(cell: string, into: AttendeeEntry): void {
  const v = cell.trim();
  if (v === '') return;
  const named = NAMED_EMAIL.exec(v);
  if (named) {
    if (named[1]!.trim() !== '') classify(named[1]!.replace(/^"|"$/g, ''), into);
    into.emails.push(named[2]!);
    return;
  }
  if (EMAIL.test(v)) into.emails.push(v);
  else if (v.startsWith('@') && !/\s/.test(v)) into.usernames.push(v);
  else if (!/\s/.test(v)) {
    into.usernames.push(v);
    into.names.push(v);
  } else into.names.push(v);
}

function cellsOf(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  // Tabs (a spreadsheet's copy) or semicolons (a European CSV) when the first line uses them; commas otherwise.
  const delimiter = firstLine.includes('\t') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  try {
    return parse(body, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch {
    // Not valid CSV (a stray quote in pasted text): one line, one cell split on the delimiter.
    return body.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => l.split(delimiter));
  }
}

export class AttendeeListError extends Error {}

/**
 * Entries of a list. A first line whose every cell is a known column title ("Name", "Email",
 * "Username"…) is a header and says what each column holds; otherwise each cell is classified by
 * its shape. "Surname, Given" without quotes in a headerless list is read as two cells of one
 * name only when both are single words and nothing else is on the line.
 */
export function parseAttendeeList(text: string): AttendeeEntry[] {
  const rows = cellsOf(text);
  if (rows.length === 0) return [];
  const first = rows[0]!.filter((c) => c.trim() !== '');
  const header = first.length > 0 && first.every((c) => HEADER.test(c.trim())) ? rows[0]!.map(columnOf) : null;
  const data = header ? rows.slice(1) : rows;
  if (data.length > ATTENDEE_LIST_MAX_ROWS) throw new AttendeeListError(`has ${data.length.toLocaleString('en')} rows; send at most ${ATTENDEE_LIST_MAX_ROWS.toLocaleString('en')} at a time`);
  const out: AttendeeEntry[] = [];
  data.forEach((cells, i) => {
    const entry: AttendeeEntry = { row: i + 1, label: cells.map((c) => c.trim()).filter(Boolean).join(', '), names: [], emails: [], usernames: [] };
    if (header) {
      let firstName = '';
      let lastName = '';
      cells.forEach((cell, j) => {
        const v = cell.trim();
        if (v === '') return;
        const col = header[j] ?? 'any';
        if (col === 'first') firstName = v;
        else if (col === 'last') lastName = v;
        else if (col === 'name') entry.names.push(v);
        else if (col === 'email') entry.emails.push(v);
        else if (col === 'username') entry.usernames.push(v);
        else classify(v, entry);
      });
      const full = `${firstName} ${lastName}`.trim();
      if (full !== '') entry.names.push(full);
    } else if (cells.length === 2 && cells.every((c) => /^[\p{L}'’.-]+$/u.test(c.trim()))) {
      entry.names.push(`${cells[1]!.trim()} ${cells[0]!.trim()}`);
    } else {
      for (const c of cells) classify(c, entry);
    }
    if (entry.names.length + entry.emails.length + entry.usernames.length > 0) out.push(entry);
  });
  return out;
}
