// Reporting periods: half-years (H1 = January–June) and years, in the organisation's time zone.
// Dates inside the domain are calendar dates as ISO strings (YYYY-MM-DD): a report received at
// 23:30 in the organisation's time zone belongs to that local day, whatever UTC says.

export type Period =
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'year'; year: number };

const PERIOD_RE = /^(\d{4})(?:-H([12]))?$/;

export function parsePeriod(s: string): Period | null {
  const m = PERIOD_RE.exec(s.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'half', year, half: m[2] === '1' ? 1 : 2 };
  return { kind: 'year', year };
}

export function formatPeriod(p: Period): string {
  return p.kind === 'half' ? `${p.year}-H${p.half}` : String(p.year);
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function halfYearOf(isoDate: string): Period {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return { kind: 'half', year, half: month <= 6 ? 1 : 2 };
}

export function periodStart(p: Period): string {
  if (p.kind === 'year' || p.half === 1) return `${p.year}-01-01`;
  return `${p.year}-07-01`;
}

export function periodEnd(p: Period): string {
  if (p.kind === 'year' || p.half === 2) return `${p.year}-12-31`;
  return `${p.year}-06-30`;
}

export function periodContains(p: Period, isoDate: string): boolean {
  return isoDate >= periodStart(p) && isoDate <= periodEnd(p);
}

/** A period is over once its last day has passed in the organisation's time zone. */
export function isPeriodOver(p: Period, today: string): boolean {
  return today > periodEnd(p);
}

export function halvesOf(year: number): [Period, Period] {
  return [
    { kind: 'half', year, half: 1 },
    { kind: 'half', year, half: 2 },
  ];
}

/** Every half-year from the one containing `from` to the one containing `to`, oldest first. */
export function halfYearsBetween(from: string, to: string): Period[] {
  const out: Period[] = [];
  let cur = halfYearOf(from);
  const last = formatPeriod(halfYearOf(to));
  for (;;) {
    out.push(cur);
    if (formatPeriod(cur) === last || cur.kind !== 'half') break;
    cur = cur.half === 1 ? { kind: 'half', year: cur.year, half: 2 } : { kind: 'half', year: cur.year + 1, half: 1 };
  }
  return out;
}

/** The last half-year that has fully ended before `today`. */
export function lastEndedHalfYear(today: string): Period {
  const cur = halfYearOf(today);
  if (cur.kind !== 'half') throw new Error('unreachable');
  return cur.half === 2 ? { kind: 'half', year: cur.year, half: 1 } : { kind: 'half', year: cur.year - 1, half: 2 };
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
