// Thin wrapper around the HiGHS WebAssembly solver: one persistent integer model per
// connected part of the audit, re-solved with a new objective for every masked cell, so
// the model is built once and never re-parsed.
import highsLoader, { type Highs } from 'highs';

let loading: Promise<Highs> | undefined;

/** Loads the solver once per process (about 60 ms the first time). */
export function loadSolver(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

export interface SumConstraint {
  /** Variable indices, each counted once. */
  readonly vars: readonly number[];
  readonly lo: number;
  readonly hi: number | null;
}

export type Optimum =
  | { readonly status: 'optimal'; readonly value: number; readonly solution: readonly number[] }
  | { readonly status: 'unbounded' }
  | { readonly status: 'infeasible' };

export interface IntegerModel {
  /** Smallest or largest value of the sum of `vars` over all non-negative integer solutions. */
  optimise(vars: readonly number[], sense: 'min' | 'max'): Optimum;
  /**
   * The same over non-negative real solutions (the LP relaxation): a bound on the integer
   * optimum, never the answer by itself. Its solution may be fractional.
   */
  relax(vars: readonly number[], sense: 'min' | 'max'): Optimum;
  /**
   * Some non-negative integer solution in which row `row` lies within lo..hi, or undefined
   * if there is none. Much faster than optimising: the solver stops at the first one.
   */
  findWithin(row: number, lo: number, hi: number | null): readonly number[] | undefined;
  /** The relaxation with row `row` restricted to lo..hi (a cheap way to find integer points). */
  relaxWithin(row: number, lo: number, hi: number | null, costs: Float64Array): Optimum;
  /** Number of solves run so far (integer and relaxed). */
  readonly solves: number;
  dispose(): void;
}

type HighsModel = ReturnType<Highs['createModel']>;

export function createIntegerModel(highs: Highs, numVars: number, rows: readonly SumConstraint[]): IntegerModel {
  const starts = [0];
  const indices: number[] = [];
  for (const row of rows) {
    indices.push(...[...row.vars].sort((a, b) => a - b));
    starts.push(indices.length);
  }
  const data = {
    numCols: numVars,
    numRows: rows.length,
    colCost: new Float64Array(numVars),
    colLower: new Float64Array(numVars),
    colUpper: new Float64Array(numVars).fill(highs.infinity),
    rowLower: Float64Array.from(rows, (r) => r.lo),
    rowUpper: Float64Array.from(rows, (r) => r.hi ?? highs.infinity),
    matrix: {
      format: 'csr' as const,
      numRows: rows.length,
      numCols: numVars,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(indices),
      values: new Float64Array(indices.length).fill(1),
    },
  };
  // Two persistent models, built once: the LP relaxation (a few milliseconds per solve in
  // WebAssembly) and, only if some answer needs it, the integer program (tens of ms).
  const open: { model: HighsModel; costed: number[] }[] = [];
  const make = (integer: boolean): { model: HighsModel; costed: number[] } => {
    const model = highs.createModel(
      integer ? { ...data, integrality: new Int32Array(numVars).fill(highs.constants.variableType.integer) } : data,
    );
    // Single-threaded and seeded: the same input gives the same solutions, hence the same
    // complementary suppressions.
    model.options.set({ output_flag: false, random_seed: 0, ...(integer ? { mip_rel_gap: 0, mip_abs_gap: 0 } : {}) });
    const entry = { model, costed: [] as number[] };
    open.push(entry);
    return entry;
  };
  let lp: { model: HighsModel; costed: number[] } | undefined;
  let mip: { model: HighsModel; costed: number[] } | undefined;
  let solves = 0;

  const solve = (
    entry: { model: HighsModel; costed: number[] },
    vars: readonly number[],
    sense: 'min' | 'max',
    integer: boolean,
    costs?: Float64Array,
  ): Optimum => {
    const { model } = entry;
    if (costs !== undefined) {
      model.changeColsCost({ kind: 'range', from: 0, to: numVars - 1 }, costs);
      entry.costed = Array.from(costs.keys());
    } else {
      const next = [...new Set(vars)].sort((a, b) => a - b);
      if (entry.costed.length > 0) {
        model.changeColsCost({ kind: 'set', indices: Int32Array.from(entry.costed) }, new Float64Array(entry.costed.length));
      }
      if (next.length > 0) model.changeColsCost({ kind: 'set', indices: Int32Array.from(next) }, new Float64Array(next.length).fill(1));
      entry.costed = next;
    }
    model.changeObjectiveSense(sense === 'min' ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize);
    solves++;
    model.run();
    const status = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    if (status === codes.optimal) {
      const colValue = Array.from(model.getSolution().colValue);
      const value = model.getObjectiveValue();
      return integer
        ? { status: 'optimal', value: Math.round(value), solution: colValue.map((v) => Math.round(v)) }
        : { status: 'optimal', value, solution: colValue };
    }
    if (status === codes.unbounded) return { status: 'unbounded' };
    if (status === codes.infeasible) return { status: 'infeasible' };
    // Callers only maximise over a model they know to be feasible: this means unbounded.
    if (status === codes.unboundedOrInfeasible && sense === 'max') return { status: 'unbounded' };
    throw new Error(`The disclosure audit's solver stopped without an answer (HiGHS model status ${status})`);
  };

  const withRow = <T>(entry: { model: HighsModel }, row: number, lo: number, hi: number | null, run: () => T): T => {
    const r = rows[row];
    if (r === undefined) throw new Error(`No row ${row} in the disclosure audit's model`);
    entry.model.changeRowBounds(row, lo, hi ?? highs.infinity);
    try {
      return run();
    } finally {
      entry.model.changeRowBounds(row, r.lo, r.hi ?? highs.infinity);
    }
  };

  return {
    optimise(vars, sense) {
      mip ??= make(true);
      return solve(mip, vars, sense, true);
    },
    findWithin(row, lo, hi) {
      mip ??= make(true);
      const found = withRow(mip, row, lo, hi, () => solve(mip!, [], 'min', true));
      return found.status === 'optimal' ? found.solution : undefined;
    },
    relaxWithin(row, lo, hi, costs) {
      lp ??= make(false);
      return withRow(lp, row, lo, hi, () => solve(lp!, [], 'min', false, costs));
    },
    relax(vars, sense) {
      lp ??= make(false);
      return solve(lp, vars, sense, false);
    },
    get solves() {
      return solves;
    },
    dispose() {
      for (const { model } of open) model.dispose();
    },
  };
}
