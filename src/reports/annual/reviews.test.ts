import { describe, expect, it } from 'vitest';
import type { RegisterSnapshot } from '../register';
import { proceduresPrefill } from './sections';
import { buildAnnualRelease } from './build-annual';

const snapshot: RegisterSnapshot = {
  cases: [],
  spaces: [],
  categories: ['Harassment'],
  reconsiderations: [
    { requestedOn: '2025-01-05', result: 'upheld' },
    { requestedOn: '2025-02-05', result: 'upheld' },
    { requestedOn: '2025-03-05', result: 'upheld' },
    { requestedOn: '2025-04-05', result: 'withdrawn' },
    { requestedOn: '2024-04-05', result: 'changed' },
  ],
  urgentActions: [
    { takenOn: '2025-05-01', review: 'within24h' },
    { takenOn: '2026-01-01', review: 'later' },
  ],
};

describe('annual tables of reconsiderations and urgent actions', () => {
  it('counts the year by result and by review, masks cells below k, and totals', () => {
    const { release, truth } = buildAnnualRelease({ snapshot, year: 2025, version: 1, disclosure: { k: 3, headline: 'exact' }, publishedTruths: [] });
    const show = (id: string) => {
      const t = release.tables.find((x) => x.id === id)!;
      return Object.fromEntries(t.cells.map((c) => [t.rowLabels[c.row as number], c.value.kind === 'exact' ? c.value.value : `<${c.value.kind === 'small' ? c.value.below : '?'}`]));
    };
    expect(show('reconsiderations')).toEqual({ 'Decision upheld': 3, 'Decision changed': '<3', 'Request withdrawn': '<3', 'Not decided yet': '<3', 'All requests': 4 });
    expect(show('urgent-actions')).toEqual({ 'Reviewed within 24 hours': '<3', 'Reviewed after more than 24 hours': '<3', 'Not reviewed': '<3', 'All urgent actions': '<3' });
    expect(truth['2025|reconsideration|withdrawn']).toBe(1);
    expect(truth['2025|urgent|later']).toBe(0);
  });
});

describe('changes in procedures', () => {
  it('lists the versions published during the year, oldest first, escaping Markdown', () => {
    const text = proceduresPrefill(2025, [
      { title: 'Manual', version: '3', publishedOn: '2025-10-01', summary: 'New *reconsideration* section.' },
      { title: 'Reporting guide', version: '1.2', publishedOn: '2025-02-01', summary: 'Clearer\n  steps.' },
      { title: 'Manual', version: '2', publishedOn: '2024-10-01', summary: 'Older.' },
    ]);
    expect(text.split('\n')).toEqual([
      'During 2025 we published 2 new versions of our documentation:',
      '',
      '- **Reporting guide**, version 1.2: Clearer steps.',
      '- **Manual**, version 3: New \\*reconsideration\\* section.',
    ]);
    expect(proceduresPrefill(2023, [])).toBe('');
  });
});
