import { describe, expect, it } from 'vitest';
import { formatPeriod, halfYearOf, halfYearsBetween, isIsoDate, isPeriodOver, lastEndedHalfYear, localDate, parsePeriod, periodContains } from './periods';

describe('periods', () => {
  it('parses and formats half-years and years', () => {
    expect(parsePeriod('2025-h1')).toEqual({ kind: 'half', year: 2025, half: 1 });
    expect(formatPeriod(parsePeriod('2025-H2')!)).toBe('2025-H2');
    expect(parsePeriod('2025')).toEqual({ kind: 'year', year: 2025 });
    for (const bad of ['2025-H3', '25-H1', '2025H1', 'H1', '']) expect(parsePeriod(bad)).toBeNull();
  });

  it('puts June in H1 and July in H2', () => {
    expect(formatPeriod(halfYearOf('2025-06-30'))).toBe('2025-H1');
    expect(formatPeriod(halfYearOf('2025-07-01'))).toBe('2025-H2');
    expect(periodContains(parsePeriod('2025')!, '2025-12-31')).toBe(true);
    expect(periodContains(parsePeriod('2025-H1')!, '2025-07-01')).toBe(false);
  });

  it('rejects impossible dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });

  it('takes the calendar day in the organisation time zone', () => {
    const instant = new Date('2025-06-30T23:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2025-06-30');
    expect(localDate(instant, 'Europe/Amsterdam')).toBe('2025-07-01');
    expect(formatPeriod(halfYearOf(localDate(instant, 'Europe/Amsterdam')))).toBe('2025-H2');
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2025-06-30');
  });

  it('knows when a period is over and which half-year ended last', () => {
    expect(isPeriodOver(parsePeriod('2025-H1')!, '2025-06-30')).toBe(false);
    expect(isPeriodOver(parsePeriod('2025-H1')!, '2025-07-01')).toBe(true);
    expect(formatPeriod(lastEndedHalfYear('2026-03-10'))).toBe('2025-H2');
    expect(formatPeriod(lastEndedHalfYear('2026-11-23'))).toBe('2026-H1');
    expect(halfYearsBetween('2024-05-01', '2025-08-01').map(formatPeriod)).toEqual(['2024-H1', '2024-H2', '2025-H1', '2025-H2']);
  });
});
