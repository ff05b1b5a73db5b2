import { describe, expect, it } from 'vitest';
import { addDays, addMonths, DEFAULT_MINOR_CONSEQUENCES, isDue, retentionDue, type RetentionCase, type RetentionPerson, type RetentionSettings } from './retention';

const settings: RetentionSettings = {
  minorRecords: { afterMonths: 24, consequences: DEFAULT_MINOR_CONSEQUENCES },
  reporterIdentity: { afterDays: 0 },
};

let n = 0;
function person(over: Partial<RetentionPerson> = {}): RetentionPerson {
  return { personId: `p${++n}`, role: 'reported', consequence: 'warning', statusHolds: false, ...over };
}

function kase(over: Partial<RetentionCase> = {}): RetentionCase {
  const id = `c${++n}`;
  return {
    id,
    codeName: `code ${id}`,
    status: 'resolved',
    resolvedOn: '2023-03-15',
    people: [person()],
    reconsiderationPending: false,
    reporterAskedRemoval: false,
    holdsReporterIdentity: false,
    expunged: [],
    ...over,
  };
}

describe('date arithmetic', () => {
  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2023-03-15', 24)).toBe('2025-03-15');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2023-12-01', 0)).toBe('2023-12-01');
  });
  it('adds days across months and years', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', 0)).toBe('2024-03-01');
  });
});

describe('minor records', () => {
  it('is due on the day the retention period ends, not before', () => {
    const c = kase();
    expect(retentionDue([c], settings, '2025-03-14')).toEqual([]);
    const [item] = retentionDue([c], settings, '2025-03-15');
    expect(item).toMatchObject({ caseId: c.id, kind: 'minor_record', dueOn: '2025-03-15' });
    expect(item?.reason).toContain('Warning');
    expect(item?.reason).toContain('24 months');
  });

  it.each(['not_violation', 'out_of_scope', 'no_action', 'warning'] as const)('counts %s as minor by default', (consequence) => {
    expect(retentionDue([kase({ people: [person({ consequence })] })], settings, '2030-01-01')).toHaveLength(1);
  });

  it.each(['first_suspension', 'second_suspension', 'ban', 'other'] as const)('never counts %s as minor by default', (consequence) => {
    expect(retentionDue([kase({ people: [person(), person({ consequence })] })], settings, '2030-01-01')).toEqual([]);
  });

  it('follows the organisation\'s list of minor consequences', () => {
    const strict: RetentionSettings = { ...settings, minorRecords: { afterMonths: 24, consequences: ['not_violation'] } };
    expect(retentionDue([kase()], strict, '2030-01-01')).toEqual([]);
    expect(retentionDue([kase({ people: [person({ consequence: 'not_violation' })] })], strict, '2030-01-01')).toHaveLength(1);
  });

  it('is off without a retention period', () => {
    const off: RetentionSettings = { ...settings, minorRecords: { afterMonths: null, consequences: DEFAULT_MINOR_CONSEQUENCES } };
    expect(retentionDue([kase()], off, '2099-01-01')).toEqual([]);
  });

  it('keeps records of a person reported again (a pattern), both of them', () => {
    const a = kase({ people: [person({ personId: 'same' })] });
    const b = kase({ people: [person({ personId: 'same' })], resolvedOn: '2022-01-01' });
    expect(retentionDue([a, b], settings, '2030-01-01')).toEqual([]);
  });

  it('does not count the same person as a reporter or witness elsewhere as a further report', () => {
    const a = kase({ people: [person({ personId: 'x' })] });
    const b = kase({ people: [person(), person({ personId: 'x', role: 'witness', consequence: null })], status: 'ongoing', resolvedOn: null });
    expect(retentionDue([a, b], settings, '2030-01-01').map((d) => d.caseId)).toEqual([a.id]);
  });

  it('keeps ongoing cases, pending reconsiderations, unknown consequences, flagged or banned people', () => {
    const cases = [
      kase({ status: 'ongoing', resolvedOn: null }),
      kase({ status: 'ongoing' }),
      kase({ reconsiderationPending: true }),
      kase({ people: [person({ consequence: null })] }),
      kase({ people: [person({ statusHolds: true })] }),
    ];
    expect(retentionDue(cases, settings, '2030-01-01')).toEqual([]);
  });

  it('counts a resolved case that names nobody as minor', () => {
    const [item] = retentionDue([kase({ people: [] })], settings, '2030-01-01');
    expect(item?.reason).toContain('nobody reported');
  });

  it('lists nothing for a case already expunged', () => {
    expect(retentionDue([kase({ expunged: ['minor_record'], reporterAskedRemoval: true, holdsReporterIdentity: true })], settings, '2030-01-01')).toEqual([]);
  });

  it('lists oldest first', () => {
    const later = kase({ resolvedOn: '2023-06-01' });
    const earlier = kase({ resolvedOn: '2022-06-01' });
    expect(retentionDue([later, earlier], settings, '2030-01-01').map((d) => d.caseId)).toEqual([earlier.id, later.id]);
  });
});

describe("reporters' identities", () => {
  const asked = { reporterAskedRemoval: true, holdsReporterIdentity: true, people: [person({ consequence: 'ban' })] } as const;

  it('is due after resolution when the reporter asked', () => {
    const c = kase({ ...asked, resolvedOn: '2029-12-01' });
    const [item] = retentionDue([c], settings, '2029-12-01');
    expect(item).toMatchObject({ kind: 'reporter_identity', dueOn: '2029-12-01' });
  });

  it('waits the configured days', () => {
    const c = kase({ ...asked, resolvedOn: '2029-12-01' });
    const later: RetentionSettings = { ...settings, reporterIdentity: { afterDays: 30 } };
    expect(retentionDue([c], later, '2029-12-30')).toEqual([]);
    expect(retentionDue([c], later, '2029-12-31')[0]?.reason).toContain('30 days');
  });

  it('is not due unless asked, resolved, still held, not done, and the rule is on', () => {
    const off: RetentionSettings = { ...settings, reporterIdentity: { afterDays: null } };
    expect(retentionDue([kase(asked)], off, '2030-01-01')).toEqual([]);
    expect(retentionDue([kase({ ...asked, reporterAskedRemoval: false })], settings, '2030-01-01')).toEqual([]);
    expect(retentionDue([kase({ ...asked, holdsReporterIdentity: false })], settings, '2030-01-01')).toEqual([]);
    expect(retentionDue([kase({ ...asked, status: 'ongoing', resolvedOn: null })], settings, '2030-01-01')).toEqual([]);
    expect(retentionDue([kase({ ...asked, expunged: ['reporter_identity'] })], settings, '2030-01-01')).toEqual([]);
  });

  it('is covered by a minor record expungement when both are due', () => {
    const c = kase({ reporterAskedRemoval: true, holdsReporterIdentity: true });
    expect(retentionDue([c], settings, '2030-01-01').map((d) => d.kind)).toEqual(['minor_record']);
  });

  it('isDue finds one item, or null', () => {
    const c = kase(asked);
    expect(isDue([c], settings, '2030-01-01', c.id, 'reporter_identity')?.kind).toBe('reporter_identity');
    expect(isDue([c], settings, '2030-01-01', c.id, 'minor_record')).toBeNull();
  });
});
