// The annual report's tables of reconsideration requests (by result) and urgent actions by one
// member (by whether the working group reviewed them within 24 hours). Each is a family of atoms
// of its own: requests and actions are not cases, and no other table sums them. Both tables are
// breakdowns (cells below k masked, zeros included) with a total row, protected with the rest.
import {
  RECONSIDERATION_RESULT_LABELS,
  type RECONSIDERATION_RESULTS,
  URGENT_REVIEW_CLASS_LABELS,
  URGENT_REVIEW_CLASSES,
} from '../../domain/case-reviews';
import { periodContains } from '../../domain/periods';
import type { TableSpec } from '../../privacy/disclosure';
import type { RegisterSnapshot } from '../register';

export const RECONSIDERATION_TABLE_ID = 'reconsiderations';
export const URGENT_TABLE_ID = 'urgent-actions';

// Results in reading order: decided first, then still open.
const RESULT_ROWS = ['upheld', 'changed', 'withdrawn', 'pending'] as const satisfies readonly (typeof RECONSIDERATION_RESULTS)[number][];

export interface ReviewAtoms {
  readonly reconsiderations: readonly { readonly base: string; readonly label: string }[];
  readonly urgent: readonly { readonly base: string; readonly label: string }[];
  readonly truth: Readonly<Record<string, number>>;
}

export function reviewAtoms(snapshot: RegisterSnapshot, year: number): ReviewAtoms {
  const inYear = (d: string) => periodContains({ kind: 'year', year }, d);
  const reconsiderations = RESULT_ROWS.map((r) => ({ base: `${year}|reconsideration|${r}`, label: RECONSIDERATION_RESULT_LABELS[r] }));
  const urgent = URGENT_REVIEW_CLASSES.map((c) => ({ base: `${year}|urgent|${c}`, label: URGENT_REVIEW_CLASS_LABELS[c] }));
  const truth: Record<string, number> = Object.fromEntries([...reconsiderations, ...urgent].map((a) => [a.base, 0]));
  const bump = (id: string) => {
    truth[id] = (truth[id] ?? 0) + 1;
  };
  for (const r of snapshot.reconsiderations) if (inYear(r.requestedOn)) bump(`${year}|reconsideration|${r.result}`);
  for (const u of snapshot.urgentActions) if (inYear(u.takenOn)) bump(`${year}|urgent|${u.review}`);
  return { reconsiderations, urgent, truth };
}

function oneWayWithTotal(id: string, title: string, column: string, total: string, rows: readonly { base: string; label: string }[], idOf: (base: string) => string): TableSpec {
  return {
    id,
    title,
    rowLabels: [...rows.map((r) => r.label), total],
    colLabels: [column],
    atoms: [...rows.map((r) => [[idOf(r.base)]]), [rows.map((r) => idOf(r.base))]],
    margins: false,
  };
}

export function reviewTableSpecs(year: number, atoms: ReviewAtoms, idOf: (base: string) => string): TableSpec[] {
  return [
    oneWayWithTotal(RECONSIDERATION_TABLE_ID, `Requests for reconsideration made in ${year}, by result`, 'Requests', 'All requests', atoms.reconsiderations, idOf),
    oneWayWithTotal(URGENT_TABLE_ID, `Urgent actions taken by one member in ${year}, by review`, 'Actions', 'All urgent actions', atoms.urgent, idOf),
  ];
}
