// Generated parts of the annual report that are not tables: medians of response times, what the
// register cannot tell yet, the trend from already published statistics, and pre-filled text.
import type { FigureKey } from '../../domain/statistics';
import { periodContains } from '../../domain/periods';
import { figureOfLabel } from '../statistics/headline';
import type { Fact, PublicPublication, TrendPoint } from '../model';
import type { MembershipYear, RegisterSnapshot } from '../register';

const DAY = 86_400_000;
const days = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * A median describes one report when there are few, so it is given only over at least
 * `minimum` reports (never fewer than five), and in whole days.
 */
export function responseTimeFacts(snapshot: RegisterSnapshot, year: number, k: number): Fact[] {
  const minimum = Math.max(5, k);
  const inYear = snapshot.cases.filter((c) => periodContains({ kind: 'year', year }, c.receivedOn));
  const ack = inYear.flatMap((c) => (c.acknowledgedOn ? [days(c.receivedOn, c.acknowledgedOn)] : []));
  const res = inYear.flatMap((c) => (c.status === 'resolved' && c.resolvedOn ? [days(c.receivedOn, c.resolvedOn)] : []));
  const describe = (xs: number[], what: string): string =>
    xs.length >= minimum
      ? `Half of the reports received in ${year} were ${what} within ${plural(Math.round(median(xs)), 'day')} (median over ${xs.length} reports).`
      : `Too few reports received in ${year} were ${what} to give a median without describing individual reports.`;
  return [
    { id: 'time-to-acknowledgement', title: 'Time to acknowledgement', text: describe(ack, 'acknowledged') },
    { id: 'time-to-resolution', title: 'Time to resolution', text: describe(res, 'resolved') },
  ];
}

/** Parts of the process the register does not record yet: said plainly rather than shown as zero. */
export function notRecordedFacts(): Fact[] {
  return [
    {
      id: 'reconsiderations',
      title: 'Requests for reconsideration',
      text: 'None recorded: the register does not yet keep requests for reconsideration by the board, so this report cannot say how many there were or how they ended.',
    },
    {
      id: 'urgent-actions',
      title: 'Urgent actions by one member',
      text: 'None recorded: the register does not yet keep actions taken urgently by a single member, so this report cannot say how many there were or whether each was reviewed within 24 hours.',
    },
  ];
}

export function membershipPrefill(year: number, m: MembershipYear): string {
  return `During ${year}, ${plural(m.joined, 'voting member')} joined the working group and ${plural(m.left, 'voting member')} left. At the end of the year the working group had ${plural(m.votingAtEnd, 'voting member')}.`;
}

export const TREND_FIGURES: readonly FigureKey[] = ['reports', 'actionsWorkingGroup', 'actionsLocal', 'noAction', 'outOfScope', 'notViolation'];

/**
 * The trend from statistics already published (the latest version of each half-year): nothing
 * new is disclosed by it. Masked figures stay masked (no number).
 */
export function trendFromPublished(stats: readonly PublicPublication[], fromYear: number, toYear: number, figures: readonly FigureKey[] = TREND_FIGURES): TrendPoint[] {
  const latest = new Map<string, PublicPublication>();
  for (const p of stats) {
    const year = Number(p.key.slice(0, 4));
    if (year < fromYear || year > toYear) continue;
    const seen = latest.get(p.key);
    if (!seen || seen.version < p.version) latest.set(p.key, p);
  }
  const points: TrendPoint[] = [];
  for (const p of [...latest.values()].sort((a, b) => a.key.localeCompare(b.key))) {
    const table = p.tables[0];
    if (!table) continue;
    for (const cell of table.cells) {
      const figure = figureOfLabel(cell.row);
      if (figure === undefined || !figures.includes(figure)) continue;
      points.push({ period: p.key, figure, label: cell.row, value: cell.value, display: cell.display });
    }
  }
  return points;
}
