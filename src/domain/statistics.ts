// The working group's statistics, exactly as DESIGN.md ("Statistics") defines them.
// These are internal figures; anything published passes disclosure control first.
import type { RoleInCase } from './case-lifecycle';
import type { CaseStatus, ResolutionSource } from './case-status';
import { isAction, type Consequence } from './outcomes';
import { formatPeriod, halfYearOf, periodContains, type Period } from './periods';
import { statusHolds } from './person-status';

/** A person row as the figures see it: never a code name or an identity. */
export interface StatPerson {
  /** The row names someone (it is linked to a person of the identity key). */
  named: boolean;
  consequence: Consequence | null;
  flagged: boolean;
}

/** The role of the people figures count: the people reports are about, not reporters or witnesses. */
export const COUNTED_ROLE: RoleInCase = 'reported';

/** What the register holds about one person row of a case, as read for the figures. */
export interface StoredStatPerson {
  /** The linked person's code name; null when the row is linked to nobody. */
  personCode: string | null;
  consequence: Consequence | null;
  rowFlagged: boolean;
  /** The linked person's flag in the identity key and its expiry (null when linked to nobody). */
  personFlagged: boolean | null;
  flagExpiresOn: string | null;
}

/**
 * The one definition of "named" and "flagged", shared by internal statistics and every published
 * figure. Flagged means flagged at the time of the figures (`today`): on this row, or as a person
 * whose flag has not expired.
 */
export function statPerson(row: StoredStatPerson, today: string): StatPerson {
  return {
    named: row.personCode !== null && row.personCode !== '',
    consequence: row.consequence,
    flagged: row.rowFlagged || statusHolds(row.personFlagged === true, row.flagExpiresOn, today),
  };
}

/** The people of a case that the figures count as named. */
export function namedPeople(c: Pick<StatCase, 'people'>): StatPerson[] {
  return c.people.filter((p) => p.named);
}

export interface StatCase {
  receivedOn: string;
  status: CaseStatus;
  resolutionSource: ResolutionSource;
  people: readonly StatPerson[];
}

export const FIGURE_KEYS = [
  'reports',
  'peopleNamed',
  'ongoing',
  'actionsWorkingGroup',
  'actionsLocal',
  'noAction',
  'outOfScope',
  'notViolation',
  'warned',
  'suspended',
  'banned',
  'other',
  'flagged',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type Figures = Record<FigureKey, number>;

export const FIGURE_DEFINITIONS: Record<FigureKey, string> = {
  reports: 'Reports received in the period.',
  peopleNamed: 'People named in those reports (one per person per report).',
  ongoing: 'Reports still being handled; they are not counted in any column below.',
  actionsWorkingGroup: 'Resolved reports where the working group or the board took action.',
  actionsLocal: 'Resolved reports where local representatives took action.',
  noAction: 'Resolved reports closed without action.',
  outOfScope: 'Resolved reports found to be outside the code of conduct’s scope.',
  notViolation: 'Resolved reports found not to be a violation.',
  warned: 'People warned.',
  suspended: 'People suspended (first or second suspension).',
  banned: 'People banned.',
  other: 'People subject to another action.',
  flagged: 'People flagged for event organisers.',
};

export function emptyFigures(): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, 0])) as Figures;
}

/** Which outcome column a case counts in; exactly one per case. */
export type CaseClass = 'ongoing' | 'actionsWorkingGroup' | 'actionsLocal' | 'noAction' | 'outOfScope' | 'notViolation';

export function classifyCase(c: StatCase): CaseClass {
  if (c.status === 'ongoing') return 'ongoing';
  const consequences = c.people.map((p) => p.consequence).filter((x): x is Consequence => x !== null);
  if (consequences.some(isAction)) {
    // Validation forbids an action with resolution source "none"; should one exist anyway it is
    // the working group's own record of an action, so it counts with the working group.
    return c.resolutionSource === 'local' ? 'actionsLocal' : 'actionsWorkingGroup';
  }
  if (consequences.includes('no_action')) return 'noAction';
  if (consequences.includes('out_of_scope')) return 'outOfScope';
  return 'notViolation';
}

export function computeFigures(cases: readonly StatCase[]): Figures {
  const f = emptyFigures();
  for (const c of cases) {
    f.reports += 1;
    const named = namedPeople(c);
    f.peopleNamed += named.length;
    const cls = classifyCase(c);
    f[cls] += 1;
    if (cls === 'ongoing') continue;
    for (const p of named) {
      if (p.consequence === 'warning') f.warned += 1;
      else if (p.consequence === 'first_suspension' || p.consequence === 'second_suspension') f.suspended += 1;
      else if (p.consequence === 'ban') f.banned += 1;
      else if (p.consequence === 'other') f.other += 1;
      if (p.flagged) f.flagged += 1;
    }
  }
  return f;
}

export interface PeriodFigures extends Figures {
  period: string;
}

/**
 * Figures per half-year for every half-year that has reports, oldest first; or, when a period is
 * given, just that period (a year or a half-year), even if it is empty.
 */
export function statisticsByPeriod(cases: readonly StatCase[], period?: Period): PeriodFigures[] {
  if (period) {
    const inPeriod = cases.filter((c) => periodContains(period, c.receivedOn));
    return [{ period: formatPeriod(period), ...computeFigures(inPeriod) }];
  }
  const groups = new Map<string, StatCase[]>();
  for (const c of cases) {
    const key = formatPeriod(halfYearOf(c.receivedOn));
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  return [...groups.keys()].sort().map((key) => ({ period: key, ...computeFigures(groups.get(key)!) }));
}
