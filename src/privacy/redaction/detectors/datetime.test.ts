import { describe, expect, it } from 'vitest';
import { detectDateTimes } from './datetime';

const found = (t: string) => detectDateTimes(t).map((s) => t.slice(s.start, s.end));

describe('dates and times', () => {
  it('finds dates with a day and times, merging one moment into one span', () => {
    expect(found('On March 3rd at 14:05 UTC she wrote.')).toEqual(['March 3rd at 14:05 UTC']);
    expect(found('Filed 3/14/2025, seen 2025-03-14T09:12:44Z, met 14.03.2025.')).toEqual(['3/14/2025', '2025-03-14T09:12:44Z', '14.03.2025']);
    expect(found('last Tuesday around 9pm')).toEqual(['last Tuesday around 9pm']);
    expect(found('on the second evening of the conference')).toEqual(['the second evening of the conference']);
  });

  it('finds relative days and dates in other languages and scripts', () => {
    expect(found('It was yesterday. Two days ago he left; tonight he returns.')).toEqual(['yesterday', 'Two days ago', 'tonight']);
    expect(found('Le 3 mars 2025. Am 12. Mai. El 3 de marzo. Было 12 марта.')).toEqual(['3 mars 2025', '12. Mai', '3 de marzo', '12 марта']);
    expect(found('2025年3月14日に、昨日')).toEqual(['2025年3月14日', '昨日']);
  });

  it('leaves months or years alone, habits and durations', () => {
    expect(found('In March 2025 and in 2024, we meet on Monday mornings for two days.')).toEqual([]);
  });
});
