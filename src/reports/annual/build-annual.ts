// The annual transparency report's tables for year Y: the year's headline, and the two-way
// tables of the fixed list (space group × outcome, violation type × outcome), masked "<k" with
// margins; resolved reports by channel when its linkage to the other tables is exact; and
// reconsideration requests by result and urgent actions by review (./reviews.ts).
// Ongoing cases appear only in the headline, as a count.
import type { Config } from '../../config/schema';
import { CHANNEL_LABELS } from '../../domain/case-lifecycle';
import { halvesOf } from '../../domain/periods';
import { breakdownPolicy, publishTable, type PublishedTable, type Release, type TableSpec } from '../../privacy/disclosure';
import {
  assignIds,
  CASE_OUTCOME_LABELS,
  CASE_OUTCOMES,
  channelAtoms,
  halfAtoms,
  truthWithIds,
  type AtomDescriptor,
} from '../atoms';
import type { RegisterSnapshot } from '../register';
import { reviewAtoms, reviewTableSpecs } from './reviews';
import type { ReleaseCandidate } from '../statistics/build-release';
import { headlinePolicy, headlineSpec } from '../statistics/headline';

export const annualReleaseId = (year: number, version: number): string => `annual-${year}-v${version}`;

function yearAtoms(snapshot: RegisterSnapshot, year: number) {
  const halves = halvesOf(year).map((h) => halfAtoms(snapshot, h));
  const channels = channelAtoms(snapshot, year);
  const reviews = reviewAtoms(snapshot, year);
  return { halves, channels, reviews };
}

/** The channel table is only built when every headline figure is exact (see below). */
const channelsPlanned = (disclosure: Config['disclosure']): boolean => disclosure.headline === 'exact';

/**
 * Every atom the year's report is built from, with its true value, by base id (for checking a
 * draft is current). Channel atoms count only when the configuration plans the channel table.
 */
export function annualBaseTruth(snapshot: RegisterSnapshot, year: number, disclosure: Config['disclosure']): Record<string, number> {
  const { halves, channels, reviews } = yearAtoms(snapshot, year);
  return Object.assign({}, ...halves.map((h) => h.truth), channelsPlanned(disclosure) ? channels.truth : {}, reviews.truth) as Record<string, number>;
}

const union = (lists: readonly (readonly string[])[]): string[] => {
  const out: string[] = [];
  for (const l of lists) for (const x of l) if (!out.includes(x)) out.push(x);
  return out;
};

function twoWay(id: string, title: string, rows: readonly string[], rowOf: (a: AtomDescriptor & { kind: 'case' }) => string, atoms: readonly AtomDescriptor[], idOf: (a: AtomDescriptor) => string): TableSpec {
  const cases = atoms.filter((a): a is AtomDescriptor & { kind: 'case' } => a.kind === 'case');
  return {
    id,
    title,
    rowLabels: rows,
    colLabels: CASE_OUTCOMES.map((o) => CASE_OUTCOME_LABELS[o]),
    atoms: rows.map((r) => CASE_OUTCOMES.map((o) => cases.filter((a) => a.outcome === o && rowOf(a) === r).map(idOf))),
    margins: true,
  };
}

export const CHANNEL_TABLE_ID = 'by-channel';
const CHANNEL_TOTAL = 'All resolved reports';
export const HEADLINE_TABLE_ID = 'headline';

export function buildAnnualRelease(args: {
  snapshot: RegisterSnapshot;
  year: number;
  version: number;
  disclosure: Config['disclosure'];
  publishedTruths: readonly Readonly<Record<string, number>>[];
}): ReleaseCandidate & { notes: string[] } {
  const { year, disclosure } = args;
  const { halves, channels, reviews } = yearAtoms(args.snapshot, year);
  const withChannels = channelsPlanned(disclosure);
  const base = annualBaseTruth(args.snapshot, year, disclosure);
  const ids = assignIds(base, args.publishedTruths);
  const truth = truthWithIds(base, ids);
  const idOf = (a: AtomDescriptor): string => ids.get(a.base) ?? a.base;
  const atoms = halves.flatMap((h) => h.atoms);
  const policy = breakdownPolicy(disclosure.k);
  const tables: PublishedTable[] = [
    publishTable(headlineSpec({ id: HEADLINE_TABLE_ID, title: `Figures for ${year}`, column: String(year), atoms, ids }), headlinePolicy(disclosure), truth),
    publishTable(twoWay('space-outcome', 'Resolved reports by space and outcome', union(halves.map((h) => h.groups)), (a) => a.group, atoms, idOf), policy, truth),
    publishTable(twoWay('violation-outcome', 'Resolved reports by type of violation and outcome', union(halves.map((h) => h.violations)), (a) => a.violation, atoms, idOf), policy, truth),
  ];
  const notes: string[] = [];
  if (withChannels) {
    const spec: TableSpec = {
      id: CHANNEL_TABLE_ID,
      title: 'Resolved reports by how they reached us',
      rowLabels: [...channels.atoms.map((a) => (a.kind === 'channel' ? CHANNEL_LABELS[a.channel] : '')), CHANNEL_TOTAL],
      colLabels: ['Resolved reports'],
      atoms: [...channels.atoms.map((a) => [[idOf(a)]]), [channels.atoms.map(idOf)]],
      margins: false,
    };
    tables.push(publishTable(spec, policy, truth));
  } else {
    notes.push(CHANNEL_WITHHELD);
  }
  for (const spec of reviewTableSpecs(year, reviews, (b) => ids.get(b) ?? b)) tables.push(publishTable(spec, policy, truth));
  const release: Release = { id: annualReleaseId(year, args.version), title: `Transparency report ${year}`, tables };
  return { release, truth, notes };
}

export const CHANNEL_WITHHELD =
  'Reports by how they reached us are not published this year: with the figures shown as they are, that table could not be added without weakening the protection of the others.';

/**
 * The channel table is a tally of the same cases as the other tables, linked to them only by
 * the year's total of resolved reports. The audit models it exactly only when that total is
 * public: every headline figure exact and the channel table's own total shown. Otherwise the
 * table is dropped (removing figures never makes anything easier to prove).
 */
export function keepChannelTableOnlyIfLinked(release: Release): { release: Release; dropped: boolean } {
  const channel = release.tables.find((t) => t.id === CHANNEL_TABLE_ID);
  if (!channel) return { release, dropped: false };
  const headline = release.tables.find((t) => t.id === HEADLINE_TABLE_ID);
  const headlineExact = headline?.cells.every((c) => c.value.kind === 'exact') ?? false;
  const totalRow = channel.rowLabels.indexOf(CHANNEL_TOTAL);
  const totalShown = channel.cells.some((c) => c.row === totalRow && c.value.kind === 'exact');
  if (headlineExact && totalShown) return { release, dropped: false };
  return { release: { ...release, tables: release.tables.filter((t) => t !== channel) }, dropped: true };
}

/**
 * Every table of the annual report but the headline may be withheld when no protection makes it
 * safe. The headline never needs it: with exact six-monthly headlines every figure of it is
 * already public through the half-years (record 022).
 */
export const mayWithholdAnnualTable = (table: PublishedTable): boolean => table.id !== HEADLINE_TABLE_ID;

/** The public note under the report for a withheld table: it carries no figure. */
export const withheldNote = (title: string): string => `"${title}" is not published: too few reports to show safely.`;
