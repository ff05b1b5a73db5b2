import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, RESOLUTION_SOURCES } from './case-status';
import { CONSEQUENCES, isAction } from './outcomes';
import { parsePeriod } from './periods';
import { classifyCase, computeFigures, statPerson, statisticsByPeriod, type StatCase } from './statistics';

const date = fc
  .record({ y: fc.integer({ min: 2018, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const person = fc.record({
  named: fc.boolean(),
  consequence: fc.option(fc.constantFrom(...CONSEQUENCES), { nil: null }),
  flagged: fc.boolean(),
});

// Valid cases only: an action never has resolution source "none" (validation forbids it).
const statCase: fc.Arbitrary<StatCase> = fc
  .record({
    receivedOn: date,
    status: fc.constantFrom(...CASE_STATUSES),
    resolutionSource: fc.constantFrom(...RESOLUTION_SOURCES),
    people: fc.array(person, { minLength: 1, maxLength: 4 }),
  })
  .filter((c) => !(c.resolutionSource === 'none' && c.people.some((p) => p.consequence && isAction(p.consequence))));

describe('statistics', () => {
  it('every report is counted in exactly one outcome column, in every period', () => {
    fc.assert(
      fc.property(fc.array(statCase, { maxLength: 60 }), (cases) => {
        for (const f of statisticsByPeriod(cases)) {
          expect(f.reports).toBe(f.ongoing + f.actionsWorkingGroup + f.actionsLocal + f.noAction + f.outOfScope + f.notViolation);
          expect(f.warned + f.suspended + f.banned + f.other).toBeLessThanOrEqual(f.peopleNamed);
          expect(f.flagged).toBeLessThanOrEqual(f.peopleNamed);
        }
      }),
    );
  });

  it('half-years add up to their year', () => {
    fc.assert(
      fc.property(fc.array(statCase, { maxLength: 40 }), fc.integer({ min: 2018, max: 2026 }), (cases, year) => {
        const [y] = statisticsByPeriod(cases, parsePeriod(String(year))!);
        const [h1] = statisticsByPeriod(cases, parsePeriod(`${year}-H1`)!);
        const [h2] = statisticsByPeriod(cases, parsePeriod(`${year}-H2`)!);
        for (const k of ['reports', 'peopleNamed', 'ongoing', 'warned', 'banned'] as const) expect(y![k]).toBe(h1![k] + h2![k]);
      }),
    );
  });

  const base = { receivedOn: '2025-03-01', status: 'resolved', resolutionSource: 'working_group' } as const;
  const row = (consequence: (typeof CONSEQUENCES)[number] | null, named = true, flagged = false) => ({ named, consequence, flagged });

  it('classifies by the definitions, in order of precedence', () => {
    expect(classifyCase({ ...base, status: 'ongoing', people: [row('ban')] })).toBe('ongoing');
    expect(classifyCase({ ...base, people: [row('no_action'), row('warning')] })).toBe('actionsWorkingGroup');
    expect(classifyCase({ ...base, resolutionSource: 'board', people: [row('other')] })).toBe('actionsWorkingGroup');
    expect(classifyCase({ ...base, resolutionSource: 'local', people: [row('first_suspension')] })).toBe('actionsLocal');
    expect(classifyCase({ ...base, people: [row('out_of_scope'), row('no_action')] })).toBe('noAction');
    expect(classifyCase({ ...base, people: [row('not_violation'), row('out_of_scope')] })).toBe('outOfScope');
    expect(classifyCase({ ...base, people: [row('not_violation')] })).toBe('notViolation');
  });

  it('counts people only when named, and ongoing cases in no person figure', () => {
    const f = computeFigures([
      { ...base, people: [row('warning'), row('ban', false), row('second_suspension', true, true)] },
      { ...base, status: 'ongoing', people: [row('ban', true, true)] },
    ]);
    expect(f).toMatchObject({ reports: 2, peopleNamed: 3, ongoing: 1, actionsWorkingGroup: 1, warned: 1, suspended: 1, banned: 0, flagged: 1 });
  });

  it('defines named and flagged once, from what the register stores', () => {
    const stored = { personCode: 'Blue Jay', consequence: 'warning', rowFlagged: false, personFlagged: false, flagExpiresOn: null } as const;
    expect(statPerson(stored, '2025-06-01')).toEqual({ named: true, consequence: 'warning', flagged: false });
    expect(statPerson({ ...stored, personCode: null, personFlagged: null }, '2025-06-01').named).toBe(false);
    expect(statPerson({ ...stored, personCode: '' }, '2025-06-01').named).toBe(false);
    expect(statPerson({ ...stored, rowFlagged: true }, '2025-06-01').flagged).toBe(true);
    // A person flag counts while it holds: not on or after the day it expires.
    expect(statPerson({ ...stored, personFlagged: true, flagExpiresOn: '2025-06-02' }, '2025-06-01').flagged).toBe(true);
    expect(statPerson({ ...stored, personFlagged: true, flagExpiresOn: '2025-06-01' }, '2025-06-01').flagged).toBe(false);
    expect(statPerson({ ...stored, personFlagged: true }, '2025-06-01').flagged).toBe(true);
  });

  it('gives an empty period when asked for one with no reports', () => {
    expect(statisticsByPeriod([], parsePeriod('2020-H2')!)).toEqual([expect.objectContaining({ period: '2020-H2', reports: 0 })]);
  });
});
