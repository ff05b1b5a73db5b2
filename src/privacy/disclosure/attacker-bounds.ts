// The attacker's view: for each target (a sum of atomic cells), the smallest and largest
// value consistent with every published figure, over non-negative integers.
//
// Work is saved without weakening the answer:
// - independent parts of the program are solved separately; parts with no target are skipped;
// - every integer solution found (starting with the true values) is kept: a known solution
//   in which the target is 0 proves its minimum is 0, and one reaching the target's own
//   published upper bound proves its maximum, so those solves are skipped. Solutions are
//   exact witnesses, never relaxations, so a skipped solve gives the same answer.
// - the LP relaxation is solved first (far faster than the integer program in WebAssembly);
//   its optimum is only a bound, so it settles an answer only when a known integer
//   solution reaches it (a relaxed minimum of 0 alone proves nothing). Otherwise the
//   integer program is solved.
import { atomKey, connectedParts, type Constraint } from './constraints';
import { createIntegerModel, loadSolver, type SumConstraint } from './solver';
import type { AtomValues } from './types';

export interface Bounds {
  readonly min: number;
  /** null: the published figures put no upper bound on it. */
  readonly max: number | null;
}

export interface AuditStats {
  /** Independent parts of the program that were solved. */
  parts: number;
  /** Solver runs, relaxed and integer. */
  solves: number;
  integerSolves: number;
  /** Bounds settled by a relaxation bound met by a known or quickly found integer solution. */
  provedByRelaxation: number;
  /** Bounds settled by a known integer solution alone, without solving. */
  skippedByKnownSolution: number;
}

export interface BoundsResult {
  /** By atomKey of the target. */
  readonly bounds: ReadonlyMap<string, Bounds>;
  /** false: the published figures contradict each other; no bounds were computed. */
  readonly feasible: boolean;
  readonly stats: AuditStats;
}

export async function attackerBounds(
  constraints: readonly Constraint[],
  targets: readonly (readonly string[])[],
  truth: AtomValues,
  /** If given, only parts containing one of these atomic cells are solved. */
  onlyPartsTouching?: ReadonlySet<string>,
): Promise<BoundsResult> {
  const highs = await loadSolver();
  const bounds = new Map<string, Bounds>();
  const stats: AuditStats = { parts: 0, solves: 0, integerSolves: 0, provedByRelaxation: 0, skippedByKnownSolution: 0 };
  const targetKeys = new Map<string, string[]>();
  for (const t of targets) {
    const key = atomKey(t);
    if (t.length === 0) bounds.set(key, { min: 0, max: 0 });
    else targetKeys.set(key, [...new Set(t)].sort());
  }
  // A target's own atoms may appear in no constraint at all (unconstrained: 0..unbounded).
  const constrainedAtoms = new Set(constraints.flatMap((c) => c.atoms));
  // Parts are solved in a fixed order (first appearance), so results are deterministic.
  for (const part of connectedParts(constraints)) {
    const atoms = [...new Set(part.flatMap((c) => c.atoms))].sort();
    const index = new Map(atoms.map((a, i) => [a, i]));
    const mine = [...targetKeys].filter(([, t]) => t.some((a) => index.has(a)));
    if (mine.length === 0) continue;
    if (onlyPartsTouching !== undefined && !atoms.some((a) => onlyPartsTouching.has(a))) continue;
    stats.parts++;
    const rows: SumConstraint[] = part.map((c) => ({ vars: c.atoms.map((a) => index.get(a)!), lo: c.lo, hi: c.hi }));
    const ownHi = new Map(part.map((c) => [atomKey(c.atoms), c.hi]));
    const ownRow = new Map(part.map((c, i) => [atomKey(c.atoms), i]));
    const model = createIntegerModel(highs, atoms.length, rows);
    try {
      const pool: number[][] = [];
      const truthVector = atoms.map((a) => truth[a]);
      if (truthVector.every((v): v is number => v !== undefined) && satisfies(rows, truthVector)) {
        pool.push(truthVector);
      } else {
        const any = model.optimise([], 'min');
        if (any.status !== 'optimal') return { bounds, feasible: false, stats };
        pool.push([...any.solution]);
      }
      const remember = (solution: readonly number[]): void => {
        // Keep a solution only if it is an exact integer witness: LP solutions often are.
        const rounded = solution.map((v) => Math.round(v));
        if (rounded.every((v, i) => v >= 0 && Math.abs(v - (solution[i] ?? 0)) < 1e-6) && satisfies(rows, rounded)) pool.push(rounded);
      };
      // Vertices of these table polytopes are often integral: a few cheap relaxed solves with
      // the target's row pinned usually find an integer witness, saving an integer solve.
      // Fixed pseudo-random positive costs: a generic objective has a single optimal vertex.
      const costs = [1, 2, 3].map((seed) => Float64Array.from(atoms, (_, i) => 1 + (((i + 1) * 2654435761 * seed) % 1000) / 1000));
      const tryVertices = (row: number, lo: number, hi: number | null): void => {
        for (const c of costs) {
          const r = model.relaxWithin(row, lo, hi, c);
          if (r.status !== 'optimal') return;
          const before = pool.length;
          remember(r.solution);
          if (pool.length > before) return;
        }
      };
      for (const [key, target] of mine) {
        const vars = target.filter((a) => index.has(a)).map((a) => index.get(a)!);
        const free = target.some((a) => !constrainedAtoms.has(a));
        const sum = (x: readonly number[]): number => vars.reduce((s, v) => s + (x[v] ?? 0), 0);
        const smallest = (): number => Math.min(...pool.map(sum));
        const largest = (): number => Math.max(...pool.map(sum));
        // Minimum: a known solution reaching the relaxation's bound is optimal.
        let min: number;
        if (smallest() === 0) {
          min = 0;
          stats.skippedByKnownSolution++;
        } else {
          const relaxed = model.relax(vars, 'min');
          if (relaxed.status !== 'optimal') return { bounds, feasible: false, stats };
          remember(relaxed.solution);
          const bound = Math.ceil(relaxed.value - 1e-6);
          const row = ownRow.get(key);
          if (smallest() > bound && row !== undefined) tryVertices(row, 0, bound);
          const witness = smallest() <= bound || row === undefined ? undefined : model.findWithin(row, 0, bound);
          if (witness !== undefined) pool.push([...witness]);
          if (smallest() <= bound) {
            min = smallest();
            stats.provedByRelaxation++;
          } else {
            const r = model.optimise(vars, 'min');
            if (r.status !== 'optimal') return { bounds, feasible: false, stats };
            min = r.value;
            pool.push([...r.solution]);
            stats.integerSolves++;
          }
        }
        // Maximum: the cell's own published upper bound, or the relaxation's, once reached.
        let max: number | null;
        const hi = ownHi.get(key);
        if (free) {
          max = null;
        } else if (hi !== undefined && hi !== null && largest() >= hi) {
          max = hi;
          stats.skippedByKnownSolution++;
        } else {
          const relaxed = model.relax(vars, 'max');
          if (relaxed.status === 'infeasible') return { bounds, feasible: false, stats };
          // An unbounded relaxation of a feasible integer program with integer data is
          // unbounded over the integers too.
          if (relaxed.status === 'unbounded') {
            max = null;
          } else {
            remember(relaxed.solution);
            const bound = Math.floor(relaxed.value + 1e-6);
            const row = ownRow.get(key);
            if (largest() < bound && row !== undefined) tryVertices(row, bound, null);
            const witness = largest() >= bound || row === undefined ? undefined : model.findWithin(row, bound, null);
            if (witness !== undefined) pool.push([...witness]);
            if (largest() >= bound) {
              max = largest();
              stats.provedByRelaxation++;
            } else {
              const r = model.optimise(vars, 'max');
              if (r.status === 'infeasible') return { bounds, feasible: false, stats };
              if (r.status === 'unbounded') {
                max = null;
              } else {
                max = r.value;
                pool.push([...r.solution]);
                stats.integerSolves++;
              }
            }
          }
        }
        bounds.set(key, { min, max });
      }
    } finally {
      stats.solves += model.solves;
      model.dispose();
    }
  }
  // Targets made only of atoms that nothing published constrains.
  for (const [key, t] of targetKeys) {
    if (!bounds.has(key) && t.every((a) => !constrainedAtoms.has(a))) bounds.set(key, { min: 0, max: null });
  }
  return { bounds, feasible: true, stats };
}

function satisfies(rows: readonly SumConstraint[], x: readonly number[]): boolean {
  return rows.every((r) => {
    const s = r.vars.reduce((acc, v) => acc + (x[v] ?? 0), 0);
    return s >= r.lo && (r.hi === null || s <= r.hi);
  });
}
