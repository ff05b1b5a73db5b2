// Properties of the reader model: what a display tells a reader always contains the true value
// (so the reader's system never excludes the truth), merged rows split back into their parts,
// and the system says what a published table says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakdownPolicy, displayText, publishValue } from './masking-policy';
import { intervalOfDisplay, readerSystem, rowParts, type PublicRules, type ReaderRelease } from './reader-model';

const inInterval = (v: number, i: { lo: number; hi: number | null }) => v >= i.lo && (i.hi === null || v <= i.hi);

describe('reader model', () => {
  it('reads every breakdown figure as an interval holding its true value, and "<k" as 0..k-1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 2, max: 20 }), (v, k) => {
        const shown = displayText(publishValue(v, breakdownPolicy(k)));
        const i = intervalOfDisplay(shown, { k, headline: { kind: 'exact' } }, false);
        expect(inInterval(v, i)).toBe(true);
        if (v < k) expect(i).toEqual({ lo: 0, hi: k - 1 });
        else expect(i).toEqual({ lo: v, hi: v });
      }),
    );
  });

  it('reads rounded headline figures as every value that rounds to them, and "<5" as 0..4', () => {
    const rules: PublicRules = { k: 3, headline: { kind: 'rounded', base: 5 } };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), (v) => {
        const shown = displayText(publishValue(v, { kind: 'headline', mode: 'rounded', base: 5, zero: 'masked' }));
        const i = intervalOfDisplay(shown, rules, true);
        expect(inInterval(v, i)).toBe(true);
        // The interval is tight: its ends round to the same display.
        for (const end of [i.lo, i.hi ?? i.lo]) expect(displayText(publishValue(end, { kind: 'headline', mode: 'rounded', base: 5, zero: 'masked' }))).toBe(shown);
      }),
    );
  });

  it('reads "x" as at least k, as the methods text says, and refuses displays the rules do not explain', () => {
    expect(intervalOfDisplay('x', { k: 3, headline: { kind: 'exact' } }, false)).toEqual({ lo: 3, hi: null });
    expect(() => intervalOfDisplay('<4', { k: 3, headline: { kind: 'exact' } }, false)).toThrow();
    expect(() => intervalOfDisplay('about 3', { k: 3, headline: { kind: 'exact' } }, false)).toThrow();
  });

  it('splits a merged row "A / B" into rows seen alone, and leaves other labels whole', () => {
    const label = fc.stringMatching(/^[A-Z][a-z]{0,6}( [a-z]{1,5})?$/);
    fc.assert(
      fc.property(fc.uniqueArray(label, { minLength: 2, maxLength: 5 }), fc.nat(), (labels, at) => {
        const known = new Set(labels);
        const i = at % (labels.length - 1);
        const merged = `${labels[i]} / ${labels[i + 1]}`;
        expect(rowParts(merged, known)).toEqual([labels[i], labels[i + 1]]);
        expect(rowParts(labels[i]!, known)).toEqual([labels[i]]);
        expect(rowParts('Not seen / Either', known)).toEqual(['Not seen / Either']);
      }),
    );
  });

  it('links a year\'s table margins, its halves\' headlines and the channel total as one system', () => {
    const headline = (key: string, col: string, figures: Record<string, string>) => ({
      id: 'headline',
      rows: Object.keys(figures),
      columns: [col],
      cells: Object.entries(figures).map(([row, display]) => ({ row, column: col, display })),
    });
    const releases: ReaderRelease[] = [
      { kind: 'stats', key: '2025-H1', version: 1, tables: [headline('2025-H1', '2025-H1', { 'Reports received': '4', 'No action': '3', 'Still being handled': '1' })] },
      {
        kind: 'annual',
        key: '2025',
        version: 1,
        tables: [
          {
            id: 'space-outcome',
            rows: ['Online', 'Total'],
            columns: ['No action', 'Total'],
            cells: [
              { row: 'Online', column: 'No action', display: '<3' },
              { row: 'Online', column: 'Total', display: 'x' },
              { row: 'Total', column: 'No action', display: '5' },
              { row: 'Total', column: 'Total', display: '5' },
            ],
          },
          { id: 'by-channel', rows: ['Email', 'All resolved reports'], columns: ['Resolved reports'], cells: [{ row: 'Email', column: 'Resolved reports', display: '<3' }, { row: 'All resolved reports', column: 'Resolved reports', display: '5' }] },
        ],
      },
    ];
    const system = readerSystem(releases, { k: 3, headline: { kind: 'exact' } });
    expect(system.unmodelled).toEqual([]);
    expect(system.targets.map((t) => t.source)).toEqual(['annual 2025 v1 › space-outcome › Online × No action', 'annual 2025 v1 › by-channel › Email']);
    expect(system.complements.map((t) => t.source)).toEqual(['annual 2025 v1 › space-outcome › Online × Total']);
    // The half-year's "No action" is a sum of the same unknowns the annual table uses for H1.
    const h1NoAction = system.constraints.find((c) => c.source === 'stats 2025-H1 v1 › headline › No action')!;
    const yearNoAction = system.constraints.find((c) => c.source === 'annual 2025 v1 › space-outcome › Total × No action')!;
    expect(h1NoAction.vars.every((v) => yearNoAction.vars.includes(v))).toBe(true);
    expect(h1NoAction).toMatchObject({ lo: 3, hi: 3 });
    // The channel total is also the year's resolved reports.
    expect(system.constraints.find((c) => c.source.endsWith('(resolved reports)'))).toMatchObject({ lo: 5, hi: 5 });
  });
});
