import { describe, expect, it } from 'vitest';
import type { CaseEvent } from './case-lifecycle';
import { dueState, fillTemplate, newReceiptCode, normaliseReceiptCode, parseNamedPeople, reporterStatus, unknownPlaceholders } from './report-intake';

describe('receipt codes', () => {
  it('are twelve words that survive the ways people copy them, and reject a mistyped word', () => {
    const code = newReceiptCode();
    expect(code.split(' ')).toHaveLength(12);
    expect(normaliseReceiptCode(`1. ${code.toUpperCase().split(' ').join(',\n')}`)).toBe(code);
    const words = code.split(' ');
    words[3] = words[3] === 'zoo' ? 'abandon' : 'zoo';
    expect(normaliseReceiptCode(words.join(' '))).toBeNull(); // the checksum catches most single-word typos
    expect(normaliseReceiptCode('')).toBeNull();
    expect(new Set(Array.from({ length: 50 }, newReceiptCode)).size).toBe(50);
  });
});

describe('named people', () => {
  it('reads one person per line, with emails, handles and aliases', () => {
    expect(parseNamedPeople('Alex Smith, @alexs, alex@example.org, Al\n\n  Bo ; bo@x.io')).toEqual([
      { realNames: ['Alex Smith'], aliases: ['Al'], emails: ['alex@example.org'], usernames: ['alexs'] },
      { realNames: ['Bo'], aliases: [], emails: ['bo@x.io'], usernames: [] },
    ]);
  });
});

describe('status in plain words', () => {
  const base = { status: 'ongoing' as const, stage: 'received' as const, acknowledgedOn: null };
  it('follows the case and an open proposal', () => {
    expect(reporterStatus(base, [])).toBe('received');
    expect(reporterStatus({ ...base, stage: 'acknowledged', acknowledgedOn: '2025-01-01' }, [])).toBe('acknowledged');
    expect(reporterStatus({ ...base, stage: 'evaluating' }, [])).toBe('being_reviewed');
    const proposed: CaseEvent[] = [{ kind: 'resolution_proposed' }];
    expect(reporterStatus({ ...base, stage: 'deciding' }, proposed)).toBe('resolution_proposed');
    expect(reporterStatus({ ...base, stage: 'evaluating' }, [...proposed, { kind: 'reopened' }])).toBe('being_reviewed');
    expect(reporterStatus({ ...base, status: 'resolved', stage: 'resolved' }, proposed)).toBe('resolved');
  });
});

describe('deadlines and templates', () => {
  it('knows due from overdue', () => {
    const by = new Date('2025-01-02T00:00:00Z');
    expect(dueState(by, null, new Date('2025-01-01T00:00:00Z'))).toBe('due');
    expect(dueState(by, null, new Date('2025-01-03T00:00:00Z'))).toBe('overdue');
    expect(dueState(by, new Date(), new Date('2025-01-03T00:00:00Z'))).toBe('done');
  });
  it('fills known placeholders and reports unknown ones', () => {
    const values = { working_group: 'WG', organisation: 'Org', received_on: '1 May', respond_by: '8 May' };
    expect(fillTemplate('{working_group} by {respond_by} {nope}', values)).toBe('WG by 8 May {nope}');
    expect(unknownPlaceholders('{working_group} {nope}')).toEqual(['nope']);
  });
});
