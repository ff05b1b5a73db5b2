import { describe, expect, it } from 'vitest';
import { auditRelease } from './audit';
import { publishTable } from './build-table';
import { gridSpec, gridTruth, release } from './fixtures';
import { breakdownPolicy } from './masking-policy';
import type { Release } from './types';

const SPACES = ['Online spaces', 'In-person events', 'Affiliated programs'];
const OUTCOMES = ['Warnings', 'Suspensions', 'Bans'];

describe('auditRelease', () => {
  it('refuses a naive release whose masked cell follows from the row total', async () => {
    const spec = gridSpec({ id: 'space-outcome', rows: SPACES, cols: OUTCOMES });
    const truth = gridTruth('grid', ['Y'], [[[5, 4, 3], [1, 4, 3], [6, 3, 4]]]);
    const candidate = release('2025 annual', [spec], truth);
    const report = await auditRelease({ history: [], candidate, truth });
    expect(report.passes).toBe(false);
    const cell = report.cells.find((c) => c.label === 'In-person events × Warnings');
    expect(cell).toMatchObject({ shown: '<3', needsProtection: true, attackerMin: 1, attackerMax: 1, ok: false });
    expect(report.problems.join('\n')).toContain('In-person events × Warnings');
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('refuses a masked zero that the other figures pin to 0 (the verdict never depends on the hidden value)', async () => {
    const spec = gridSpec({ id: 't', rows: SPACES, cols: OUTCOMES });
    const truth = gridTruth('grid', ['Y'], [[[5, 4, 3], [0, 4, 3], [6, 3, 4]]]);
    const report = await auditRelease({ history: [], candidate: release('r', [spec], truth), truth });
    const zero = report.cells.find((c) => c.label === 'In-person events × Warnings');
    expect(zero).toMatchObject({ needsProtection: false, attackerMin: 0, attackerMax: 0, ok: false });
    expect(report.passes).toBe(false);
    expect(report.problems.join(' ')).toContain('prove it is 0');
  });

  it('passes when two masked cells hide each other in both directions', async () => {
    const spec = gridSpec({ id: 't', rows: ['A', 'B', 'C'], cols: ['X', 'Y', 'Z'] });
    // The small cells form rectangles: moving one unit around one keeps every total.
    const truth = gridTruth('grid', ['Y'], [[[1, 1, 5], [1, 1, 6], [1, 1, 4]]]);
    const report = await auditRelease({ history: [], candidate: release('r', [spec], truth), truth });
    expect(report.passes).toBe(true);
    for (const c of report.cells.filter((x) => x.needsProtection)) {
      expect(c.attackerMin).toBe(0);
      expect(c.attackerMax).toBeGreaterThan(0);
    }
  });

  it('uses earlier releases: half-years published exactly reveal a masked annual cell', async () => {
    const halves = ['H1', 'H2'];
    const truth = gridTruth('g', halves, [
      [[1, 3], [3, 4]],
      [[1, 5], [4, 3]],
    ]);
    const annual = gridSpec({ id: 'annual', rows: ['A', 'B'], cols: ['X', 'Y'], halves, prefix: 'g', margins: false });
    const h1 = gridSpec({ id: 'h1', rows: ['A', 'B'], cols: ['X', 'Y'], halves: ['H1'], prefix: 'g', margins: false });
    const h2 = gridSpec({ id: 'h2', rows: ['A', 'B'], cols: ['X', 'Y'], halves: ['H2'], prefix: 'g', margins: false });
    const exact = { kind: 'headline', mode: 'exact' } as const;
    const history: Release[] = [
      { id: 'h1', title: '2025-H1', tables: [publishTable(h1, exact, truth)] },
      { id: 'h2', title: '2025-H2', tables: [publishTable(h2, exact, truth)] },
    ];
    const candidate = release('annual', [annual], truth, breakdownPolicy(3));
    const alone = await auditRelease({ history: [], candidate, truth });
    expect(alone.passes).toBe(true);
    const withHistory = await auditRelease({ history, candidate, truth });
    expect(withHistory.passes).toBe(false);
    expect(withHistory.cells.find((c) => c.label === 'A × X')).toMatchObject({ attackerMin: 2, attackerMax: 2, ok: false });
  });

  it('knows the policy: cells shown "<3" whose row total is at least 3 cannot all be zero', async () => {
    const spec = gridSpec({ id: 't', rows: ['A', 'B'], cols: ['X', 'Y', 'Z'] });
    const truth = gridTruth('grid', ['Y'], [[[1, 2, 5], [2, 1, 6]]]);
    const report = await auditRelease({ history: [], candidate: release('r', [spec], truth), truth });
    // A×X + A×Y = 8 - 5 = 3 and each is at most 2, so each is at least 1.
    expect(report.passes).toBe(false);
    expect(report.cells.find((c) => c.label === 'A × X')).toMatchObject({ attackerMin: 1, attackerMax: 2 });
  });

  it('re-audits earlier versions: a correction publishing row totals uncovers an old mask', async () => {
    const spec = gridSpec({ id: 't', rows: ['A', 'B'], cols: ['X', 'Y', 'Z'], margins: false });
    const truth = gridTruth('grid', ['Y'], [[[1, 4, 5], [3, 4, 6]]]);
    const v1 = release('v1', [spec], truth);
    expect((await auditRelease({ history: [], candidate: v1, truth })).passes).toBe(true);
    const totals = {
      id: 'totals',
      title: 'Reports by space',
      rowLabels: ['A', 'B'],
      colLabels: ['Reports'],
      atoms: [[spec.atoms[0]!.flat()], [spec.atoms[1]!.flat()]],
      margins: false,
    };
    const v2: Release = { id: 'v2', title: 'v2', tables: [publishTable(totals, breakdownPolicy(), truth)] };
    const report = await auditRelease({ history: [v1], candidate: v2, truth });
    expect(report.passes).toBe(false);
    expect(report.cells).toContainEqual(
      expect.objectContaining({ releaseId: 'v1', label: 'A × X', attackerMin: 1, attackerMax: 1, ok: false }),
    );
  });

  it('does not re-solve earlier periods that share nothing with the candidate', async () => {
    const old = gridSpec({ id: 'old', rows: ['A', 'B'], cols: ['X', 'Y'], prefix: 'old' });
    const now = gridSpec({ id: 'now', rows: ['A', 'B'], cols: ['X', 'Y'], prefix: 'now' });
    const truth = { ...gridTruth('old', ['Y'], [[[1, 5], [4, 6]]]), ...gridTruth('now', ['Y'], [[[5, 5], [4, 6]]]) };
    const report = await auditRelease({ history: [release('2024', [old], truth)], candidate: release('2025', [now], truth), truth });
    expect(report.cells).toEqual([]);
    expect(report.stats.parts).toBe(0);
    expect(report.passes).toBe(true);
  });
});
