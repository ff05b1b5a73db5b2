// A realistic, deterministic register for the disclosure benchmark: five years of
// half-years; per half-year, cases by space group × outcome × violation type, named
// people by consequence, and ongoing cases. Counts are small, as in a real working group,
// so many breakdown cells are masked.
import {
  breakdownPolicy,
  oneWaySpec,
  publishTable,
  type AtomValues,
  type Release,
  type TableSpec,
} from '../../src/privacy/disclosure';

export const SPACES = ['Online forum', 'Chat servers', 'Mailing lists & code hosting', 'In-person events', 'Affiliated programs'];
export const OUTCOMES = ['Warning', 'Suspension', 'Ban', 'Other action', 'No action', 'Out of scope', 'Not a violation'];
export const VIOLATIONS = ['Harassment', 'Insults', 'Discrimination', 'Threats', 'Unwelcome attention', 'Other'];
const PEOPLE = ['warned', 'suspended', 'banned', 'other'];

const caseAtom = (half: string, s: number, o: number, v: number) => `case|${half}|${s}|${o}|${v}`;
const personAtom = (half: string, p: number) => `person|${half}|${p}`;
const ongoingAtom = (half: string) => `ongoing|${half}`;

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildTruth(years: readonly number[], seed = 2025): Record<string, number> {
  const next = random(seed);
  const small = (mean: number): number => {
    let k = 0;
    for (let p = Math.exp(-mean), s = p, u = next(); u > s; k++) s += p *= mean / (k + 1);
    return k;
  };
  const truth: Record<string, number> = {};
  for (const y of years) {
    for (const h of ['H1', 'H2']) {
      const half = `${y}-${h}`;
      SPACES.forEach((_, s) => OUTCOMES.forEach((_, o) => VIOLATIONS.forEach((_, v) => (truth[caseAtom(half, s, o, v)] = small(s === 0 || s === 3 ? 0.5 : 0.15)))));
      PEOPLE.forEach((_, p) => (truth[personAtom(half, p)] = small(4)));
      truth[ongoingAtom(half)] = small(3);
    }
  }
  return truth;
}

const casesWhere = (halves: readonly string[], keep: (s: number, o: number, v: number) => boolean): string[] =>
  halves.flatMap((half) => SPACES.flatMap((_, s) => OUTCOMES.flatMap((_, o) => VIOLATIONS.flatMap((_, v) => (keep(s, o, v) ? [caseAtom(half, s, o, v)] : [])))));

function headlineSpec(id: string, title: string, halves: readonly string[]): TableSpec {
  const row = (label: string, atoms: string[]) => ({ label, atoms });
  return oneWaySpec({
    id,
    title,
    column: title,
    rows: [
      row('Reports', [...casesWhere(halves, () => true), ...halves.map(ongoingAtom)]),
      row('Ongoing', halves.map(ongoingAtom)),
      row('Actions', casesWhere(halves, (_, o) => o <= 3)),
      row('No action', casesWhere(halves, (_, o) => o === 4)),
      row('Out of scope', casesWhere(halves, (_, o) => o === 5)),
      row('Not a violation', casesWhere(halves, (_, o) => o === 6)),
      ...PEOPLE.map((p, i) => row(`People ${p}`, halves.map((h) => personAtom(h, i)))),
    ],
  });
}

function twoWay(id: string, title: string, halves: readonly string[], rows: readonly string[], byRow: 'space' | 'violation'): TableSpec {
  return {
    id,
    title,
    rowLabels: rows,
    colLabels: OUTCOMES,
    atoms: rows.map((_, r) => OUTCOMES.map((_, o) => casesWhere(halves, (s, oo, v) => oo === o && (byRow === 'space' ? s === r : v === r)))),
    margins: true,
  };
}

export function sixMonthly(year: number, h: 'H1' | 'H2', truth: AtomValues): Release {
  const half = `${year}-${h}`;
  return { id: `stats-${half}-v1`, title: `Statistics ${half}`, tables: [publishTable(headlineSpec('headline', half, [half]), { kind: 'headline', mode: 'exact' }, truth)] };
}

/** The annual report's tables, naive: only cells below k masked. */
export function annual(year: number, truth: AtomValues, k = 3): Release {
  const halves = [`${year}-H1`, `${year}-H2`];
  const policy = breakdownPolicy(k);
  return {
    id: `annual-${year}-v1`,
    title: `Transparency report ${year}`,
    tables: [
      publishTable(headlineSpec('headline', `${year}`, halves), { kind: 'headline', mode: 'exact' }, truth),
      publishTable(twoWay('space-outcome', 'Outcomes by space', halves, SPACES, 'space'), policy, truth),
      publishTable(twoWay('violation-outcome', 'Outcomes by type of violation', halves, VIOLATIONS, 'violation'), policy, truth),
    ],
  };
}
