// The shortcuts of attackerBounds (known solutions, relaxation bounds, vertex search) must
// give exactly what plain integer optimisation gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attackerBounds } from './attacker-bounds';
import { publishTable, type TableSpec } from './build-table';
import { atomKey, collectConstraints } from './constraints';
import { breakdownPolicy } from './masking-policy';
import { createIntegerModel, loadSolver } from './solver';
import type { Release } from './types';

// Three-way atoms a|b|c published as two overlapping two-way tables (a × c and b × c) plus
// a one-way total: a structure whose relaxation has fractional vertices.
const dims = fc.record({ a: fc.integer({ min: 1, max: 3 }), b: fc.integer({ min: 1, max: 3 }), c: fc.integer({ min: 2, max: 3 }) });
const scenario = dims.chain((d) =>
  fc.record({ d: fc.constant(d), values: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: d.a * d.b * d.c, maxLength: d.a * d.b * d.c }) }),
);

function build({ d, values }: { d: { a: number; b: number; c: number }; values: number[] }) {
  const atom = (i: number, j: number, k: number) => `x|${i}|${j}|${k}`;
  const truth: Record<string, number> = {};
  let n = 0;
  for (let i = 0; i < d.a; i++) for (let j = 0; j < d.b; j++) for (let k = 0; k < d.c; k++) truth[atom(i, j, k)] = values[n++] ?? 0;
  const range = (m: number) => Array.from({ length: m }, (_, i) => i);
  const spec = (id: string, rows: number, pick: (r: number, k: number) => string[]): TableSpec => ({
    id,
    title: id,
    rowLabels: range(rows).map((r) => `${id}${r}`),
    colLabels: range(d.c).map((k) => `c${k}`),
    atoms: range(rows).map((r) => range(d.c).map((k) => pick(r, k))),
    margins: true,
  });
  const byA = spec('a', d.a, (i, k) => range(d.b).map((j) => atom(i, j, k)));
  const byB = spec('b', d.b, (j, k) => range(d.a).map((i) => atom(i, j, k)));
  const candidate: Release = { id: 'r', title: 'r', tables: [publishTable(byA, breakdownPolicy(), truth), publishTable(byB, breakdownPolicy(), truth)] };
  return { truth, candidate };
}

describe('attackerBounds', () => {
  it('equals plain integer optimisation for every masked cell', async () => {
    const highs = await loadSolver();
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { truth, candidate } = build(s);
        const constraints = collectConstraints([candidate]);
        const targets = candidate.tables.flatMap((t) => t.cells.filter((c) => c.value.kind === 'small').map((c) => c.atoms));
        const fast = await attackerBounds(constraints, targets, truth);
        const atoms = [...new Set(constraints.flatMap((c) => c.atoms))].sort();
        const index = new Map(atoms.map((a, i) => [a, i]));
        const model = createIntegerModel(highs, atoms.length, constraints.map((c) => ({ vars: c.atoms.map((a) => index.get(a)!), lo: c.lo, hi: c.hi })));
        try {
          for (const t of targets) {
            const vars = t.map((a) => index.get(a)!);
            const min = model.optimise(vars, 'min');
            const max = model.optimise(vars, 'max');
            expect(fast.bounds.get(atomKey(t))).toEqual({
              min: min.status === 'optimal' ? min.value : NaN,
              max: max.status === 'optimal' ? max.value : null,
            });
          }
        } finally {
          model.dispose();
        }
      }),
      { numRuns: 25, seed: 11 },
    );
  });

  it('reports contradictory figures as infeasible', async () => {
    const constraints = [
      { atoms: ['a', 'b'], lo: 5, hi: 5, sources: ['x'] },
      { atoms: ['a'], lo: 0, hi: 1, sources: ['y'] },
      { atoms: ['b'], lo: 0, hi: 2, sources: ['z'] },
    ];
    const result = await attackerBounds(constraints, [['a']], {});
    expect(result.feasible).toBe(false);
  });

  it('leaves a cell unbounded above when nothing published limits it', async () => {
    const constraints = [{ atoms: ['a', 'b'], lo: 3, hi: null, sources: ['x'] }];
    const result = await attackerBounds(constraints, [['a'], ['c']], { a: 1, b: 2 });
    expect(result.bounds.get('a')).toEqual({ min: 0, max: null });
    expect(result.bounds.get('c')).toEqual({ min: 0, max: null });
  });
});
