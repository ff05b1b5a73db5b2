// Generated parts of the annual report that are not tables: medians of response times, what the
// register cannot tell yet, the trend from already published statistics, and pre-filled text.
import type { FigureKey } from '../../domain/statistics';
import { periodContains } from '../../domain/periods';
import { figureOfLabel } from '../statistics/headline';
import type { Fact, PublicPublication, TrendPoint } from '../model';
import type { MembershipYear, RegisterSnapshot, ReportDocumentVersion } from '../register';

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

/** What the reconsideration and urgent-action tables count (their figures are in the tables). */
export function reviewFacts(year: number): Fact[] {
  return [
    {
      id: 'reconsiderations',
      title: 'Requests for reconsideration',
      text: `Anyone directly involved in a case may ask the board to reconsider the working group's decision. The table "Requests for reconsideration made in ${year}, by result" counts the requests made during the year and how each ended, or that it was still open when this report was prepared.`,
    },
    {
      id: 'urgent-actions',
      title: 'Urgent actions by one member',
      text: `When harm is ongoing or someone's safety is threatened, any member may act alone at once and must bring the action to the working group within 24 hours. The table "Urgent actions taken by one member in ${year}, by review" counts such actions and whether the working group reviewed each within 24 hours.`,
    },
  ];
}

/**
 * The "changes in procedures" section, pre-filled from the documentation changelog: every
 * document version published during the year, oldest first. Empty when there were none.
 */
export function proceduresPrefill(year: number, versions: readonly ReportDocumentVersion[]): string {
  const inYear = versions
    .filter((v) => periodContains({ kind: 'year', year }, v.publishedOn))
    .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.title.localeCompare(b.title));
  if (inYear.length === 0) return '';
  const line = (v: ReportDocumentVersion) => {
    const summary = v.summary.replace(/\s+/g, ' ').trim();
    return `- **${escapeMarkdown(v.title)}**, version ${escapeMarkdown(v.version)}${summary ? `: ${escapeMarkdown(summary)}` : ''}`;
  };
  return [`During ${year} we published ${plural(inYear.length, 'new version')} of our documentation:`, '', ...inYear.map(line)].join('\n');
}

const escapeMarkdown = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

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
