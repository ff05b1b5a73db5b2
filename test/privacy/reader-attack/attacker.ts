// An attacker that works from published output only: release records and downloads as a reader
// fetches them, parsed from their text, set up as the reader's system of linear constraints
// (src/privacy/disclosure/reader-model.ts, independent of the audit's own constraint builder)
// and solved over non-negative integers with the same solver. It reports every "<k" figure the
// published output proves to be at least 1, or pins to one value.
import { readerSystem, type PublicRules, type ReaderConstraint, type ReaderRelease, type ReaderTarget } from '../../../src/privacy/disclosure/reader-model';
import { createIntegerModel, loadSolver, type SumConstraint } from '../../../src/privacy/disclosure/solver';

export interface Finding {
  readonly source: string;
  readonly display: string;
  readonly min: number;
  readonly max: number | null;
  readonly kind: 'at-least-one' | 'pinned';
}

export interface AttackResult {
  readonly findings: readonly Finding[];
  /** Masked figures examined. */
  readonly checked: number;
  /** false: the releases do not describe one set of data (a correction); each was attacked alone. */
  readonly consistent: boolean;
  readonly unmodelled: readonly string[];
}

/** Independent parts of the system (no unknown in common). */
function parts(constraints: readonly ReaderConstraint[]): ReaderConstraint[][] {
  const parent = new Map<string, string>();
  const find = (a: string): string => {
    let r = a;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(a, r);
    return r;
  };
  for (const c of constraints) for (const v of c.vars) if (!parent.has(v)) parent.set(v, v);
  for (const c of constraints) for (const v of c.vars.slice(1)) parent.set(find(v), find(c.vars[0]!));
  const out = new Map<string, ReaderConstraint[]>();
  for (const c of constraints) {
    if (c.vars.length === 0) continue;
    const root = find(c.vars[0]!);
    out.set(root, [...(out.get(root) ?? []), c]);
  }
  return [...out.values()];
}

const sumOf = (solution: readonly number[], vars: readonly number[]): number => vars.reduce((s, i) => s + (solution[i] ?? 0), 0);

async function attackSystem(releases: readonly ReaderRelease[], rules: PublicRules): Promise<{ feasible: boolean; findings: Finding[]; checked: number; unmodelled: string[] }> {
  const highs = await loadSolver();
  const system = readerSystem(releases, rules);
  const findings: Finding[] = [];
  let feasible = true;
  for (const part of parts(system.constraints)) {
    const vars = [...new Set(part.flatMap((c) => c.vars))].sort();
    const index = new Map(vars.map((v, i) => [v, i]));
    const mine = system.targets.filter((t) => t.vars.length > 0 && index.has(t.vars[0]!));
    if (mine.length === 0) continue;
    const rows: SumConstraint[] = part.map((c) => ({ vars: c.vars.map((v) => index.get(v)!), lo: c.lo, hi: c.hi }));
    // One free row per target, so that a solution with the target in a range can be asked for.
    const targetRow = new Map<ReaderTarget, number>();
    for (const t of mine) {
      targetRow.set(t, rows.length);
      rows.push({ vars: t.vars.map((v) => index.get(v)!), lo: 0, hi: null });
    }
    const model = createIntegerModel(highs, vars.length, rows);
    try {
      const any = model.optimise([], 'min');
      if (any.status !== 'optimal') {
        feasible = false;
        continue;
      }
      const pool: (readonly number[])[] = [any.solution];
      for (const t of mine) {
        const idx = t.vars.map((v) => index.get(v)!);
        const row = targetRow.get(t)!;
        const witness = (test: (n: number) => boolean, lo: number, hi: number | null): boolean => {
          if (pool.some((s) => test(sumOf(s, idx)))) return true;
          const found = model.findWithin(row, lo, hi);
          if (found) pool.push(found);
          return found !== undefined;
        };
        const zero = witness((n) => n === 0, 0, 0);
        const positive = witness((n) => n > 0, 1, null);
        if (zero && positive) continue;
        const min = zero ? 0 : minOf(model.optimise(idx, 'min'));
        const maxRun = model.optimise(idx, 'max');
        const max = maxRun.status === 'optimal' ? maxRun.value : null;
        findings.push({ source: t.source, display: t.display, min, max, kind: min > 0 ? 'at-least-one' : 'pinned' });
      }
    } finally {
      model.dispose();
    }
  }
  return { feasible, findings, checked: system.targets.length, unmodelled: [...system.unmodelled] };
}

const minOf = (o: ReturnType<ReturnType<typeof createIntegerModel>['optimise']>): number => (o.status === 'optimal' ? o.value : 0);

/**
 * Attacks everything published as one system. If the releases contradict each other (a
 * correction changed the data), the latest versions are attacked together and every earlier
 * version on its own: a reader cannot tell which unknowns a correction changed.
 */
export async function attackPublished(releases: readonly ReaderRelease[], rules: PublicRules): Promise<AttackResult> {
  const joint = await attackSystem(releases, rules);
  if (joint.feasible) return { findings: joint.findings, checked: joint.checked, consistent: true, unmodelled: joint.unmodelled };
  const latest = new Map<string, ReaderRelease>();
  for (const r of releases) {
    const key = `${r.kind}|${r.key}`;
    if ((latest.get(key)?.version ?? 0) < r.version) latest.set(key, r);
  }
  const groups = [[...latest.values()], ...releases.filter((r) => !latest.has(`${r.kind}|${r.key}`) || latest.get(`${r.kind}|${r.key}`) !== r).map((r) => [r])];
  const findings: Finding[] = [];
  let checked = 0;
  const unmodelled: string[] = [];
  for (const g of groups) {
    const res = await attackSystem(g, rules);
    if (!res.feasible) throw new Error(`Published figures contradict each other: ${g.map((r) => `${r.kind} ${r.key} v${r.version}`).join(', ')}`);
    findings.push(...res.findings);
    checked += res.checked;
    unmodelled.push(...res.unmodelled);
  }
  return { findings, checked, consistent: false, unmodelled };
}

/** A release as parsed from its served JSON (a release record or a public view). */
export function parseRelease(text: string): ReaderRelease {
  const raw = JSON.parse(text) as {
    kind: 'stats' | 'annual';
    key: string;
    version: number;
    tables: { id: string; rows: string[]; columns: string[]; cells: { row: string; column: string; display: string }[] }[];
  };
  return {
    kind: raw.kind,
    key: raw.key,
    version: raw.version,
    // Only what a reader sees: labels and displayed text (the served min/max are ignored).
    tables: raw.tables.map((t) => ({ id: t.id, rows: t.rows, columns: t.columns, cells: t.cells.map((c) => ({ row: c.row, column: c.column, display: c.display })) })),
  };
}
