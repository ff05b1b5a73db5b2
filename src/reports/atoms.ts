// Atomic cells of every published table (see src/privacy/disclosure/types.ts): the finest
// cross-classification any planned table uses, so that every published figure is a plain
// sum of them and the audit sees exactly what a reader sees.
//
// - cases of a half-year: outcome class × space group × violation type (ongoing cases are
//   one atom: they appear only as a count, never in a breakdown);
// - named people of a half-year: consequence × flagged;
// - resolved cases of a year by channel: a family of its own. No table crosses channel with
//   anything else, and the channel table is published only together with an exact total of
//   the year's resolved reports, so the two families are linked exactly by that total
//   (any two tallies of the same cases with equal totals can be combined into one).
//
// Ids are stable across releases (`2025-H1|case|noAction|online-spaces|harassment`). When the
// register changes after an id was published, the changed atoms get a new generation
// (`…~1`), so earlier figures keep describing the data they were computed from.
import type { Channel } from '../domain/case-lifecycle';
import { formatPeriod, periodContains, type Period } from '../domain/periods';
import { classifyCase, namedPeople } from '../domain/statistics';
import type { ReportCase, ReportSpace, RegisterSnapshot } from './register';

export const CASE_OUTCOMES = ['actionsWorkingGroup', 'actionsLocal', 'noAction', 'outOfScope', 'notViolation'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export const CASE_OUTCOME_LABELS: Record<CaseOutcome, string> = {
  actionsWorkingGroup: 'Action by the working group',
  actionsLocal: 'Action by local representatives',
  noAction: 'No action',
  outOfScope: 'Out of scope',
  notViolation: 'Not a violation',
};

export const PERSON_CLASSES = ['warned', 'suspended', 'banned', 'other', 'none'] as const;
export type PersonClass = (typeof PERSON_CLASSES)[number];

export const SEVERAL_SPACES = 'Several spaces';
export const SEVERAL_TYPES = 'Several types';
export const NOT_RECORDED = 'Not recorded';
export const OTHER = 'Other';

export type AtomDescriptor =
  | { readonly base: string; readonly kind: 'case'; readonly half: string; readonly outcome: CaseOutcome; readonly group: string; readonly violation: string }
  | { readonly base: string; readonly kind: 'ongoing'; readonly half: string }
  | { readonly base: string; readonly kind: 'person'; readonly half: string; readonly cls: PersonClass | 'ongoing'; readonly flagged: boolean }
  | { readonly base: string; readonly kind: 'channel'; readonly year: number; readonly channel: Channel };

const slug = (s: string): string =>
  s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';

export const EVENTS_GROUP = 'In-person events';

/**
 * How each space is labelled in breakdown tables. A space counts under its own name only when
 * it publishes its own report; otherwise under its group. Public pages never show counts for a
 * single event that has no report of its own, so an event keeps its configured group only when
 * that group holds at least two such events (and is not named like one of them); otherwise it
 * counts under "In-person events".
 */
export function spaceLabeller(all: readonly ReportSpace[]): (s: ReportSpace) => string {
  const pooledEvents = all.filter((s) => s.kind === 'event' && !s.publishesOwnReport);
  const eventNames = new Set(pooledEvents.map((s) => s.name.trim().toLowerCase()));
  const eventsIn = new Map<string, number>();
  for (const s of pooledEvents) eventsIn.set(s.groupName, (eventsIn.get(s.groupName) ?? 0) + 1);
  return (s) => {
    if (s.publishesOwnReport) return s.name;
    if (s.kind !== 'event') return s.groupName;
    const sharedGroup = (eventsIn.get(s.groupName) ?? 0) >= 2 && !eventNames.has(s.groupName.trim().toLowerCase());
    return sharedGroup ? s.groupName : EVENTS_GROUP;
  };
}

export function groupOf(c: ReportCase, label: (s: ReportSpace) => string): string {
  const labels = [...new Set(c.spaces.map(label))];
  if (labels.length === 0) return NOT_RECORDED;
  return labels.length === 1 ? labels[0]! : SEVERAL_SPACES;
}

/**
 * The violation-type row of a case. A category the configuration no longer lists counts under
 * "Other", which every table shows: a row that appeared only when such a case exists would
 * prove that one does.
 */
export function violationOf(c: ReportCase, categories: readonly string[]): string {
  const known = [...new Set(c.categories.map((x) => (categories.includes(x) ? x : OTHER)))];
  if (known.length === 0) return NOT_RECORDED;
  return known.length === 1 ? known[0]! : SEVERAL_TYPES;
}

export function personClass(consequence: string | null): PersonClass {
  if (consequence === 'warning') return 'warned';
  if (consequence === 'first_suspension' || consequence === 'second_suspension') return 'suspended';
  if (consequence === 'ban') return 'banned';
  if (consequence === 'other') return 'other';
  return 'none';
}

export const casesIn = (snapshot: RegisterSnapshot, p: Period): ReportCase[] => snapshot.cases.filter((c) => periodContains(p, c.receivedOn));

/**
 * The rows of the space-group dimension: every configured group and every space with its own
 * report, then "Several spaces" and "Not recorded", for every period whether or not it had
 * reports. The row set depends on the configuration only, never on the counts, so the presence
 * of a row tells a reader nothing (a row shown only when non-empty would prove "at least one").
 */
export function groupsFor(snapshot: RegisterSnapshot): string[] {
  const label = spaceLabeller(snapshot.spaces);
  const groups = [...new Set(snapshot.spaces.filter((s) => !s.publishesOwnReport).map(label))].sort();
  const own = [...new Set(snapshot.spaces.filter((s) => s.publishesOwnReport).map((s) => s.name))].filter((n) => !groups.includes(n)).sort();
  return [...groups, ...own, SEVERAL_SPACES, NOT_RECORDED];
}

/** The violation-type rows: the configured categories, "Other", "Several types", "Not recorded"; the same for every period. */
export function violationsFor(snapshot: RegisterSnapshot): string[] {
  return [...snapshot.categories, ...(snapshot.categories.includes(OTHER) ? [] : [OTHER]), SEVERAL_TYPES, NOT_RECORDED];
}

export interface HalfAtoms {
  readonly period: string;
  readonly groups: readonly string[];
  readonly violations: readonly string[];
  readonly atoms: readonly AtomDescriptor[];
  /** True values by base id. */
  readonly truth: Readonly<Record<string, number>>;
}

/** Atoms of one half-year and their true values. */
export function halfAtoms(snapshot: RegisterSnapshot, half: Period): HalfAtoms {
  const h = formatPeriod(half);
  const cases = casesIn(snapshot, half);
  const groups = groupsFor(snapshot);
  const violations = violationsFor(snapshot);
  const label = spaceLabeller(snapshot.spaces);
  const atoms: AtomDescriptor[] = [{ base: `${h}|ongoing`, kind: 'ongoing', half: h }];
  for (const outcome of CASE_OUTCOMES) {
    for (const group of groups) {
      for (const violation of violations) {
        atoms.push({ base: `${h}|case|${outcome}|${slug(group)}|${slug(violation)}`, kind: 'case', half: h, outcome, group, violation });
      }
    }
  }
  atoms.push({ base: `${h}|person|ongoing`, kind: 'person', half: h, cls: 'ongoing', flagged: false });
  for (const cls of PERSON_CLASSES) {
    for (const flagged of [false, true]) atoms.push({ base: `${h}|person|${cls}|${flagged ? 'flagged' : 'unflagged'}`, kind: 'person', half: h, cls, flagged });
  }
  const truth: Record<string, number> = Object.fromEntries(atoms.map((a) => [a.base, 0]));
  const bump = (id: string): void => {
    truth[id] = (truth[id] ?? 0) + 1;
  };
  for (const c of cases) {
    const cls = classifyCase(c);
    const named = namedPeople(c);
    if (cls === 'ongoing') {
      bump(`${h}|ongoing`);
      for (let i = 0; i < named.length; i++) bump(`${h}|person|ongoing`);
      continue;
    }
    bump(`${h}|case|${cls}|${slug(groupOf(c, label))}|${slug(violationOf(c, snapshot.categories))}`);
    for (const p of named) bump(`${h}|person|${personClass(p.consequence)}|${p.flagged ? 'flagged' : 'unflagged'}`);
  }
  return { period: h, groups, violations, atoms, truth };
}

export const CHANNELS_PUBLISHED: readonly Channel[] = ['email', 'web_form', 'local_representative', 'moderation_team', 'event', 'other'];

/** The channel family of a year: resolved reports by how they arrived. */
export function channelAtoms(snapshot: RegisterSnapshot, year: number): { atoms: AtomDescriptor[]; truth: Record<string, number> } {
  const atoms: AtomDescriptor[] = CHANNELS_PUBLISHED.map((channel) => ({ base: `${year}|channel|${channel}`, kind: 'channel', year, channel }));
  const truth: Record<string, number> = Object.fromEntries(atoms.map((a) => [a.base, 0]));
  for (const c of casesIn(snapshot, { kind: 'year', year })) {
    if (classifyCase(c) === 'ongoing') continue;
    const id = `${year}|channel|${c.channel}`;
    truth[id] = (truth[id] ?? 0) + 1;
  }
  return { atoms, truth };
}

// --- generations --------------------------------------------------------------------------

const GENERATION = /~(\d+)$/;
export const baseOf = (id: string): string => id.replace(GENERATION, '');

/**
 * The id each atom gets in a new release: the id last published for it when its value has not
 * changed since; a new generation when it has; the base id when it was never published.
 * `published` is every published release's true values, oldest first.
 */
export function assignIds(truth: Readonly<Record<string, number>>, published: readonly Readonly<Record<string, number>>[]): Map<string, string> {
  const latest = new Map<string, { id: string; value: number }>();
  const highest = new Map<string, number>();
  for (const release of published) {
    for (const [id, value] of Object.entries(release)) {
      const base = baseOf(id);
      latest.set(base, { id, value });
      const gen = Number(GENERATION.exec(id)?.[1] ?? 0);
      highest.set(base, Math.max(highest.get(base) ?? 0, gen));
    }
  }
  const ids = new Map<string, string>();
  for (const [base, value] of Object.entries(truth)) {
    const last = latest.get(base);
    if (last === undefined) ids.set(base, base);
    else if (last.value === value) ids.set(base, last.id);
    else ids.set(base, `${base}~${(highest.get(base) ?? 0) + 1}`);
  }
  return ids;
}

/** True values keyed by the ids chosen for this release. */
export function truthWithIds(truth: Readonly<Record<string, number>>, ids: ReadonlyMap<string, string>): Record<string, number> {
  return Object.fromEntries(Object.entries(truth).map(([base, v]) => [ids.get(base) ?? base, v]));
}
