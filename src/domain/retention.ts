// Retention (DOMAIN.md: "Records of minor incidents are expunged after a set time"): which case
// records are due for expungement, and why, given the organisation's settings and today's date.
// Pure: the services load the cases, a chair confirms each item, and only then is anything destroyed.
import type { RoleInCase } from './case-lifecycle';
import type { CaseStatus } from './case-status';
import { daysInMonth } from './periods';
import { CONSEQUENCE_LABELS, type Consequence } from './outcomes';

export const RETENTION_KINDS = ['minor_record', 'reporter_identity'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** The consequences a "minor record" may carry unless the organisation says otherwise. */
export const DEFAULT_MINOR_CONSEQUENCES: readonly Consequence[] = ['not_violation', 'out_of_scope', 'no_action', 'warning'];

export interface RetentionSettings {
  minorRecords: {
    /** Months after resolution; null turns the rule off. */
    afterMonths: number | null;
    /** Every reported person of the case must have one of these consequences. */
    consequences: readonly Consequence[];
  };
  reporterIdentity: {
    /** Days after resolution; null turns the rule off. */
    afterDays: number | null;
  };
}

export interface RetentionPerson {
  /** The linked person of the identity key; null when the row names nobody. */
  personId: string | null;
  role: RoleInCase;
  consequence: Consequence | null;
  /** The person is flagged or banned today: their record still protects others. */
  statusHolds: boolean;
}

export interface RetentionCase {
  id: string;
  codeName: string;
  status: CaseStatus;
  resolvedOn: string | null;
  people: readonly RetentionPerson[];
  /** A reconsideration of the decision is still waiting for the board. */
  reconsiderationPending: boolean;
  /** The reporter asked for their identity to be removed after resolution. */
  reporterAskedRemoval: boolean;
  /** The reporter's identity is still held (a linked person row, or a contact address). */
  holdsReporterIdentity: boolean;
  /** What has been expunged from this case already. */
  expunged: readonly RetentionKind[];
}

export interface DueItem {
  caseId: string;
  codeName: string;
  kind: RetentionKind;
  /** The day the item became due. */
  dueOn: string;
  reason: string;
}

/** The calendar date `months` after an ISO date; the 31st becomes the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

export function addDays(isoDate: string, days: number): string {
  const t = Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/**
 * Why a case is not (or not yet) a minor record due for expungement, or null when it is one.
 * `reportedIn` maps each person to the cases that report them.
 */
function minorRecordBlock(c: RetentionCase, settings: RetentionSettings['minorRecords'], reportedIn: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  if (c.status !== 'resolved' || c.resolvedOn === null) return 'not resolved';
  if (c.reconsiderationPending) return 'a reconsideration is pending';
  const reported = c.people.filter((p) => p.role === 'reported');
  for (const p of reported) {
    if (p.consequence === null) return 'a reported person has no recorded consequence';
    if (!settings.consequences.includes(p.consequence)) return `a consequence (${CONSEQUENCE_LABELS[p.consequence]}) is not minor`;
  }
  for (const p of c.people) if (p.statusHolds) return 'a person of the case is flagged or banned';
  for (const p of reported) {
    if (p.personId === null) continue;
    const others = [...(reportedIn.get(p.personId) ?? [])].filter((id) => id !== c.id);
    if (others.length > 0) return 'a reported person is named in another report';
  }
  return null;
}

/** Everything due on `today`, oldest first; each item names the rule that makes it due. */
export function retentionDue(all: readonly RetentionCase[], settings: RetentionSettings, today: string): DueItem[] {
  const reportedIn = new Map<string, Set<string>>();
  for (const c of all) {
    for (const p of c.people) {
      if (p.role !== 'reported' || p.personId === null) continue;
      const set = reportedIn.get(p.personId) ?? new Set<string>();
      set.add(c.id);
      reportedIn.set(p.personId, set);
    }
  }
  const due: DueItem[] = [];
  for (const c of all) {
    if (c.expunged.includes('minor_record')) continue; // nothing is left to remove
    const minor = settings.minorRecords;
    if (minor.afterMonths !== null && c.resolvedOn !== null && minorRecordBlock(c, minor, reportedIn) === null) {
      const dueOn = addMonths(c.resolvedOn, minor.afterMonths);
      if (dueOn <= today) {
        const outcomes = [...new Set(c.people.filter((p) => p.role === 'reported').map((p) => (p.consequence ? CONSEQUENCE_LABELS[p.consequence] : '')))];
        due.push({
          caseId: c.id,
          codeName: c.codeName,
          kind: 'minor_record',
          dueOn,
          reason: `Resolved on ${c.resolvedOn} with ${outcomes.length > 0 ? `a minor outcome (${outcomes.join(', ')})` : 'nobody reported'}, no further reports about the same person, kept ${plural(minor.afterMonths, 'month')}.`,
        });
        continue; // expunging the record removes the reporter's identity too
      }
    }
    const rep = settings.reporterIdentity;
    if (
      rep.afterDays !== null &&
      c.reporterAskedRemoval &&
      c.holdsReporterIdentity &&
      !c.expunged.includes('reporter_identity') &&
      c.status === 'resolved' &&
      c.resolvedOn !== null
    ) {
      const dueOn = addDays(c.resolvedOn, rep.afterDays);
      if (dueOn <= today) {
        due.push({
          caseId: c.id,
          codeName: c.codeName,
          kind: 'reporter_identity',
          dueOn,
          reason: `The reporter asked for their identity to be removed; the case was resolved on ${c.resolvedOn}${rep.afterDays > 0 ? `, kept ${plural(rep.afterDays, 'day')}` : ''}.`,
        });
      }
    }
  }
  return due.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.codeName.localeCompare(b.codeName)));
}

/** Is this item (still) due? The confirming verb asks again, so a stale page cannot expunge too much. */
export function isDue(all: readonly RetentionCase[], settings: RetentionSettings, today: string, caseId: string, kind: RetentionKind): DueItem | null {
  return retentionDue(all, settings, today).find((d) => d.caseId === caseId && d.kind === kind) ?? null;
}
