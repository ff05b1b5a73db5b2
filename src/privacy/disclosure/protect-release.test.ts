import { describe, expect, it } from 'vitest';
import { auditRelease } from './audit';
import { publishTable, trueValue } from './build-table';
import { gridSpec, gridTruth, release } from './fixtures';
import { protectRelease } from './protect-release';
import type { Release } from './types';

const SPACES = ['Online spaces', 'In-person events', 'Affiliated programs'];
const OUTCOMES = ['Warnings', 'Suspensions', 'Bans'];

describe('protectRelease', () => {
  it('refuses a naive release, then passes after automatic complementary suppression', async () => {
    const spec = gridSpec({ id: 'outcome-space', title: 'Outcomes by space', rows: OUTCOMES, cols: SPACES });
    // Warnings × In-person events is the only small cell: the row total gives it away.
    const truth = gridTruth('grid', ['Y'], [[[5, 1, 6], [4, 4, 3], [3, 3, 4]]]);
    const naive = release('2025 annual', [spec], truth);
    const refused = await auditRelease({ history: [], candidate: naive, truth });
    expect(refused.passes).toBe(false);
    expect(refused.cells.find((c) => c.label === 'Warnings × In-person events')).toMatchObject({ attackerMin: 1, ok: false });

    const protectedRelease = await protectRelease({ history: [], candidate: naive, truth });
    expect(protectedRelease.passes).toBe(true);
    expect(protectedRelease.audit.passes).toBe(true);
    // An independent audit of the returned release agrees.
    const again = await auditRelease({ history: [], candidate: protectedRelease.release, truth });
    expect(again.passes).toBe(true);
    const warned = again.cells.find((c) => c.label === 'Warnings × In-person events');
    expect(warned).toMatchObject({ attackerMin: 0, ok: true });
    expect(warned!.attackerMax === null || warned!.attackerMax > 0).toBe(true);
    // What changed is explained, and names the cell it protects.
    expect(protectedRelease.changes.length).toBeGreaterThan(0);
    expect(protectedRelease.changes[0]).toMatchObject({ kind: 'suppressed', protects: 'Warnings × In-person events' });
    expect(protectedRelease.changes[0]!.explanation).toMatch(/^Hid ".+" because "Warnings × In-person events" could otherwise be proven/);
    // Only hiding was added: every figure still shown is unchanged.
    const before = naive.tables[0]!.cells;
    protectedRelease.release.tables[0]!.cells.forEach((cell, i) => {
      if (cell.value.kind !== 'suppressed') expect(cell).toEqual(before[i]);
    });
  });

  it('is deterministic', async () => {
    const spec = gridSpec({ id: 't', rows: OUTCOMES, cols: SPACES });
    const truth = gridTruth('grid', ['Y'], [[[5, 1, 6], [4, 4, 3], [3, 3, 4]]]);
    const a = await protectRelease({ history: [], candidate: release('r', [spec], truth), truth });
    const b = await protectRelease({ history: [], candidate: release('r', [spec], truth), truth });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('merges categories when the policy itself gives a cell away', async () => {
    const spec = gridSpec({ id: 't', title: 'Outcomes', rows: ['A', 'B'], cols: ['X', 'Y'] });
    // A×X + A×Y = 3 with both shown "<3": each is provably at least 1, whatever is hidden.
    const truth = gridTruth('grid', ['Y'], [[[1, 2], [4, 4]]]);
    const result = await protectRelease({ history: [], candidate: release('r', [spec], truth), truth });
    expect(result.passes).toBe(true);
    const merge = result.changes.find((c) => c.kind === 'merged');
    expect(merge?.explanation).toMatch(/^Merged the (rows|columns) ".+" and ".+" of "Outcomes" because "A × [XY]"/);
    const table = result.release.tables[0]!;
    expect(table.colLabels.length + table.rowLabels.length).toBe(3);
    // Merging keeps the totals: the grand total still sums every atomic cell.
    const grand = table.cells.find((c) => c.row === 'total' && c.col === 'total')!;
    expect(trueValue(grand.atoms, truth)).toBe(11);
    expect(grand.value).toEqual({ kind: 'exact', value: 11 });
  });

  it('chooses suppressions by position, never by the size of the figure it hides (Kerckhoffs)', async () => {
    const spec = gridSpec({ id: 't', rows: ['A', 'B'], cols: ['X', 'Y', 'Z'] });
    const truth = gridTruth('grid', ['Y'], [[[1, 2, 5], [4, 4, 6]]]);
    const result = await protectRelease({ history: [], candidate: release('r', [spec], truth), truth });
    expect(result.passes).toBe(true);
    // The same masking pattern with different figures in the cells that may be hidden: the
    // first hidden position must be the same (on main the smallest figure of the row was
    // chosen, so "x" told a reader it was at most every other figure of its row). Later rounds
    // still audit the figures not yet hidden; see docs/decisions/010.
    const other = gridTruth('grid', ['Y'], [[[1, 2, 9], [7, 4, 3]]]);
    const again = await protectRelease({ history: [], candidate: release('r', [spec], other), truth: other });
    const where = (r: typeof result) => r.changes.slice(0, 1).map((c) => `${c.row}|${c.col}`);
    expect(where(again)).toEqual(where(result));
  });

  it('never hides a figure from a row that is all zeros to protect another', async () => {
    // An earlier release masked A×X; this release's exact headline would uncover it.
    const earlier: Release = {
      id: 'v1',
      title: 'v1',
      tables: [publishTable({ id: 't', title: 'By outcome', rowLabels: ['A'], colLabels: ['X', 'Y'], atoms: [[['x1', 'x2'], ['y']]], margins: false }, { kind: 'breakdown', k: 3 }, { x1: 1, x2: 0, y: 4 })],
    };
    const truth = { x1: 1, x2: 0, y: 4 };
    const headline = {
      id: 'h',
      title: 'Headline',
      rowLabels: ['Reports', 'X in the second half-year'],
      colLabels: ['2025'],
      atoms: [[['x1', 'x2', 'y']], [['x2']]],
      margins: false,
    };
    const candidate: Release = { id: 'v2', title: 'v2', tables: [publishTable(headline, { kind: 'headline', mode: 'exact' }, truth)] };
    expect((await auditRelease({ history: [earlier], candidate, truth })).passes).toBe(false);
    const result = await protectRelease({ history: [earlier], candidate, truth });
    expect(result.passes).toBe(true);
    expect(result.changes.map((c) => c.subject)).toEqual(['Reports']);
    expect(result.changes[0]!.protects).toBe('A × X');
  });

  it('reports, rather than hides, a cell that earlier releases already give away', async () => {
    const halves = ['H1', 'H2'];
    const truth = gridTruth('g', halves, [[[1, 3], [3, 4]], [[1, 5], [4, 3]]]);
    const exact = { kind: 'headline', mode: 'exact' } as const;
    const half = (h: string): Release => ({
      id: h,
      title: `2025-${h}`,
      tables: [publishTable(gridSpec({ id: h, rows: ['A', 'B'], cols: ['X', 'Y'], halves: [h], prefix: 'g', margins: false }), exact, truth)],
    });
    const annual = release('annual', [gridSpec({ id: 'annual', rows: ['A', 'B'], cols: ['X', 'Y'], halves, prefix: 'g' })], truth);
    const result = await protectRelease({ history: [half('H1'), half('H2')], candidate: annual, truth });
    expect(result.passes).toBe(false);
    expect(result.problems.join('\n')).toContain('earlier releases already prove it is at least 2');
  });

  it('never hides a figure below k as "x" (it would tell readers it is at least k)', async () => {
    const spec = gridSpec({ id: 'outcome-space', title: 'Outcomes by space', rows: OUTCOMES, cols: SPACES });
    const truth = gridTruth('grid', ['Y'], [[[5, 1, 0], [4, 4, 3], [3, 3, 4]]]);
    const naive = release('2025 annual', [spec], truth);
    // Warnings × Affiliated programs is 0 and shown as 0, as when earlier releases determine it.
    const zeroShown: Release = {
      ...naive,
      tables: naive.tables.map((t) => ({ ...t, cells: t.cells.map((c) => (c.row === 0 && c.col === 2 ? { ...c, value: { kind: 'exact' as const, value: 0 } } : c)) })),
    };
    const result = await protectRelease({ history: [], candidate: zeroShown, truth });
    expect(result.passes).toBe(true);
    const hidden = result.release.tables[0]!.cells.filter((c) => c.value.kind === 'suppressed');
    expect(hidden.length).toBeGreaterThan(0);
    for (const c of hidden) expect(trueValue(c.atoms, truth)).toBeGreaterThanOrEqual(3);
    const again = await auditRelease({ history: [], candidate: result.release, truth });
    expect(again.problems).toEqual([]);
  });
});
