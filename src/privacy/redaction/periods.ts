// Turning a specific date into the period it belongs to: "March 3rd, 2025" → "in March 2025",
// "3/14/2025" → "in March 2025", "14:05" → a removed time. Days and times are never kept.
import { MONTH_NAMES_EN, monthNumber } from './detectors/datetime-words';
import { allMatches } from './text';

interface Period {
  month?: number;
  year?: number;
}

function fromNumeric(s: string): Period | undefined {
  const iso = /(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(s);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]) };
  const cjk = /(?:(\d{4})[年년]\s?)?(\d{1,2})[月월]/.exec(s);
  if (cjk) return cjk[1] !== undefined ? { year: Number(cjk[1]), month: Number(cjk[2]) } : { month: Number(cjk[2]) };
  const dmy = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})/.exec(s);
  if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[3]);
    const y = dmy[4]!.length === 2 ? 2000 + Number(dmy[4]) : Number(dmy[4]);
    // 3/14 can only be month/day and 14/3 only day/month; 3/4 is ambiguous, keep the year.
    if (a > 12 && b <= 12) return { year: y, month: b };
    if (b > 12 && a <= 12) return { year: y, month: a };
    if (dmy[2] === '.' && b <= 12) return { year: y, month: b };
    return { year: y };
  }
  return undefined;
}

function periodOf(s: string): Period {
  const numeric = fromNumeric(s);
  if (numeric) return numeric;
  const period: Period = {};
  for (const m of allMatches(/[\p{L}]+\.?/gu, s)) {
    const n = monthNumber(m[0]);
    if (n !== undefined && period.month === undefined) period.month = n;
  }
  const year = /(?<!\d)(19\d{2}|20\d{2})(?!\d)/.exec(s);
  if (year) period.year = Number(year[1]);
  return period;
}

/** Replacement text for a date or time span, or undefined when no period can be kept. */
export function periodReplacement(original: string): string | undefined {
  const p = periodOf(original);
  if (p.month !== undefined && p.month >= 1 && p.month <= 12) {
    const month = MONTH_NAMES_EN[p.month - 1]!;
    return p.year !== undefined ? `in ${month} ${p.year}` : `in ${month}`;
  }
  if (p.year !== undefined) return `in ${p.year}`;
  return undefined;
}

export function isTimeOnly(original: string): boolean {
  const withoutZone = original.replace(/\b(?:[A-Z]{2,5}|Z)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?/g, '');
  return /^[\s\d:.h()~-]*(?:[ap]\.?\s?m\.?)?[\s()]*$/i.test(withoutZone) && /\d/.test(original) && !/[/]\d|\d-\d{2}-/.test(original);
}
