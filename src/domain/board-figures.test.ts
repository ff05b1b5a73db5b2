import { describe, expect, it } from 'vitest';
import { acknowledgementOutcome, addDays, boardFigures, firstResponseOutcome, type FigureCase } from './board-figures';
import { CASE_STAGES } from './case-lifecycle';

const c = (over: Partial<FigureCase>): FigureCase => ({ status: 'ongoing', stage: 'received', receivedOn: '2025-03-10', acknowledgedOn: null, ...over });

describe('board figures: acknowledgement within a day', () => {
  it.each([
    ['same day', c({ acknowledgedOn: '2025-03-10' }), '2025-04-01', 'kept'],
    ['next day (the boundary counts as kept)', c({ acknowledgedOn: '2025-03-11' }), '2025-04-01', 'kept'],
    ['two days later', c({ acknowledgedOn: '2025-03-12' }), '2025-04-01', 'missed'],
    ['not yet, still the next day', c({}), '2025-03-11', 'open'],
    ['not yet, two days later', c({}), '2025-03-12', 'missed'],
    ['resolved without a recorded acknowledgement', c({ status: 'resolved', stage: 'resolved' }), '2025-06-01', 'unrecorded'],
    ['resolved, acknowledged late', c({ status: 'resolved', stage: 'resolved', acknowledgedOn: '2025-03-20' }), '2025-06-01', 'missed'],
  ] as const)('%s → %s', (_name, fc, today, want) => {
    expect(acknowledgementOutcome(fc, today)).toBe(want);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('board figures: first response within a week', () => {
  const by = new Date('2025-03-17T10:00:00Z');
  const now = new Date('2025-03-20T00:00:00Z');
  it.each([
    ['answered in time', { status: 'ongoing', respondBy: by, firstRespondedAt: new Date('2025-03-12T09:00:00Z') }, now, 'kept'],
    ['answered exactly at the deadline', { status: 'ongoing', respondBy: by, firstRespondedAt: by }, now, 'kept'],
    ['answered late', { status: 'ongoing', respondBy: by, firstRespondedAt: new Date('2025-03-18T09:00:00Z') }, now, 'missed'],
    ['not answered, deadline passed', { status: 'ongoing', respondBy: by, firstRespondedAt: null }, now, 'missed'],
    ['not answered, within the week', { status: 'ongoing', respondBy: by, firstRespondedAt: null }, new Date('2025-03-15T00:00:00Z'), 'open'],
    ['resolved without a recorded answer', { status: 'resolved', respondBy: by, firstRespondedAt: null }, now, 'unrecorded'],
  ] as const)('%s → %s', (_name, r, at, want) => {
    expect(firstResponseOutcome(r, at)).toBe(want);
  });
});

describe('board figures', () => {
  it('counts every stage in lifecycle order, zeros included, and tallies both deadlines', () => {
    const f = boardFigures(
      [c({ acknowledgedOn: '2025-03-10', stage: 'deciding' }), c({ stage: 'received' }), c({ status: 'resolved', stage: 'resolved', acknowledgedOn: '2025-03-11' })],
      [{ status: 'ongoing', respondBy: new Date('2025-03-17T00:00:00Z'), firstRespondedAt: null }],
      new Date('2025-04-01T00:00:00Z'),
      '2025-04-01',
    );
    expect(f.byStage.map((s) => s.stage)).toEqual([...CASE_STAGES]);
    expect(f.byStage.find((s) => s.stage === 'deciding')).toEqual({ stage: 'deciding', ongoing: 1, resolved: 0 });
    expect(f.byStage.find((s) => s.stage === 'resolved')).toEqual({ stage: 'resolved', ongoing: 0, resolved: 1 });
    expect(f.byStage.reduce((n, s) => n + s.ongoing + s.resolved, 0)).toBe(3);
    expect(f.acknowledgement).toEqual({ kept: 2, missed: 1, open: 0, unrecorded: 0 });
    expect(f.firstResponse).toEqual({ kept: 0, missed: 1, open: 0, unrecorded: 0 });
    expect(f.total).toBe(3);
  });
});
