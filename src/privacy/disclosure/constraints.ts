// Everything ever published, as linear constraints over the atomic cells: each published
// cell says lo ≤ (sum of its atomic cells) ≤ hi. Figures that sum the same atomic cells
// (an annual total and the same total in a later correction, say) collapse into one
// constraint whose interval is the intersection, which keeps the integer program small.
import { readerInterval } from './masking-policy';
import type { AtomValues, Release } from './types';

export interface Constraint {
  /** Sorted, distinct atomic cell ids. */
  readonly atoms: readonly string[];
  readonly lo: number;
  readonly hi: number | null;
  /** Where the figures came from, for messages: "Release › Table › cell". */
  readonly sources: readonly string[];
}

export const atomKey = (atoms: readonly string[]): string => [...new Set(atoms)].sort().join('\u0000');

export function collectConstraints(releases: readonly Release[]): Constraint[] {
  const byKey = new Map<string, { atoms: string[]; lo: number; hi: number | null; sources: string[] }>();
  for (const release of releases) {
    for (const table of release.tables) {
      for (const cell of table.cells) {
        const key = atomKey(cell.atoms);
        const { lo, hi } = readerInterval(cell.value);
        const source = `${release.title} › ${table.title}`;
        const seen = byKey.get(key);
        if (seen === undefined) {
          byKey.set(key, { atoms: [...new Set(cell.atoms)].sort(), lo, hi, sources: [source] });
        } else {
          seen.lo = Math.max(seen.lo, lo);
          seen.hi = seen.hi === null ? hi : hi === null ? seen.hi : Math.min(seen.hi, hi);
          if (!seen.sources.includes(source)) seen.sources.push(source);
        }
      }
    }
  }
  return [...byKey.values()];
}

/** Constraints whose atomic cells all have a true value and whose interval excludes it. */
export function contradictedByTruth(constraints: readonly Constraint[], truth: AtomValues): Constraint[] {
  return constraints.filter((c) => {
    let sum = 0;
    for (const id of c.atoms) {
      const v = truth[id];
      if (v === undefined) return false;
      sum += v;
    }
    return sum < c.lo || (c.hi !== null && sum > c.hi);
  });
}

/**
 * Groups constraints into independent parts (no atomic cell in common, directly or through
 * other constraints). An attacker's bounds for a cell depend only on its own part, so each
 * part is solved on its own and parts without masked cells (earlier years) are skipped.
 */
export function connectedParts(constraints: readonly Constraint[]): Constraint[][] {
  const parent = new Map<string, string>();
  const find = (a: string): string => {
    let root = a;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    let x = a;
    while (x !== root) {
      const next = parent.get(x) ?? root;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  for (const c of constraints) {
    for (const a of c.atoms) if (!parent.has(a)) parent.set(a, a);
    const first = c.atoms[0];
    if (first === undefined) continue;
    for (const a of c.atoms) {
      const ra = find(a);
      const rf = find(first);
      if (ra !== rf) parent.set(ra, rf);
    }
  }
  const parts = new Map<string, Constraint[]>();
  const empty: Constraint[] = [];
  for (const c of constraints) {
    const first = c.atoms[0];
    if (first === undefined) {
      empty.push(c);
      continue;
    }
    const root = find(first);
    const list = parts.get(root) ?? [];
    list.push(c);
    parts.set(root, list);
  }
  return [...parts.values(), ...(empty.length > 0 ? [empty] : [])];
}
