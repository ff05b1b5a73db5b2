import { describe, expect, it } from 'vitest';
import { ATTENDEE_LIST_MAX_ROWS, AttendeeListError, parseAttendeeList } from './attendee-list';

describe('attendee lists', () => {
  it('reads a CSV with a header by its column titles', () => {
    const list = parseAttendeeList('Name,Email,GitHub\nAda Lovelace,ada@example.org,ada\n"Hopper, Grace",,@grace\n');
    expect(list).toEqual([
      { row: 1, label: 'Ada Lovelace, ada@example.org, ada', names: ['Ada Lovelace'], emails: ['ada@example.org'], usernames: ['ada'] },
      { row: 2, label: 'Hopper, Grace, @grace', names: ['Hopper, Grace'], emails: [], usernames: ['@grace'] },
    ]);
  });

  it('joins first and last name columns', () => {
    expect(parseAttendeeList('First name;Last name\nAda;Lovelace\n')[0]!.names).toEqual(['Ada Lovelace']);
  });

  it('classifies pasted lines by shape: emails, @handles, names, one-word entries as both', () => {
    const list = parseAttendeeList('Ada Lovelace\nada@example.org\n@grace\nlinus\nBob Smith <bob@example.org>\n\n   \n');
    expect(list.map((e) => [e.names, e.emails, e.usernames])).toEqual([
      [['Ada Lovelace'], [], []],
      [[], ['ada@example.org'], []],
      [[], [], ['@grace']],
      [['linus'], [], ['linus']],
      [['Bob Smith'], ['bob@example.org'], []],
    ]);
    expect(list.map((e) => e.row)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads tab-separated text copied from a spreadsheet, and "Surname, Given" lines', () => {
    expect(parseAttendeeList('Ada Lovelace\tada@example.org')[0]).toMatchObject({ names: ['Ada Lovelace'], emails: ['ada@example.org'] });
    expect(parseAttendeeList('Lovelace, Ada')[0]!.names).toEqual(['Ada Lovelace']);
  });

  it('survives stray quotes and a byte-order mark', () => {
    expect(parseAttendeeList('\uFEFFAda "the Countess Lovelace\n')[0]!.names).toEqual(['Ada "the Countess Lovelace']);
  });

  it('refuses a list longer than the limit', () => {
    const text = Array.from({ length: ATTENDEE_LIST_MAX_ROWS + 1 }, (_, i) => `p${i}@example.org`).join('\n');
    expect(() => parseAttendeeList(text)).toThrow(AttendeeListError);
  });

  it('an empty list has no entries', () => {
    expect(parseAttendeeList('')).toEqual([]);
    expect(parseAttendeeList('Name,Email\n')).toEqual([]);
  });
});
