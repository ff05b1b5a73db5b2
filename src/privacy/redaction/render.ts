// The readable redacted text: each span replaced consistently within the text (the same
// person is always "Person 1", a date becomes its period, a quote "[quote removed]"), with
// the reason for each replacement kept for the reviewer.
import type { DetectedSpan, Label, Replacement } from './types';
import { fold } from './text';
import { isTimeOnly, periodReplacement } from './periods';
import { neutralPronouns } from './pronouns';

export interface RenderedReplacement extends Omit<Replacement, 'label'> {
  label: Label | 'PRONOUN';
}

class Numbering {
  private readonly ids = new Map<string, number>();
  constructor(private readonly prefix: string) {}
  name(key: string): string {
    let n = this.ids.get(key);
    if (n === undefined) {
      n = this.ids.size + 1;
      this.ids.set(key, n);
    }
    return `${this.prefix} ${n}`;
  }
}

const nameKey = (s: string) => fold(s).replace(/^@/, '').replace(/\s+/g, ' ').trim();

/** Unknown names: "Olusegun" alone is the same person as an earlier or later "Olusegun Adeyemi". */
function unknownPersonKeys(text: string, spans: readonly DetectedSpan[]): Map<DetectedSpan, string> {
  const keys = new Map<DetectedSpan, string>();
  const full = spans.filter((s) => s.label === 'PERSON' && s.party === undefined).map((s) => nameKey(text.slice(s.start, s.end)));
  const multi = full.filter((k) => k.includes(' '));
  for (const s of spans) {
    if (s.label !== 'PERSON' || s.party !== undefined) continue;
    const key = nameKey(text.slice(s.start, s.end));
    const owner = key.includes(' ') ? key : multi.find((m) => m.split(' ').includes(key));
    keys.set(s, owner ?? key);
  }
  return keys;
}

function replacementFor(span: DetectedSpan, original: string, people: Numbering, users: Numbering, unknownKey: string | undefined): string {
  const partyName = span.party !== undefined ? people.name(`party:${span.party}`) : undefined;
  switch (span.label) {
    case 'PERSON':
      return partyName ?? people.name(`name:${unknownKey ?? nameKey(original)}`);
    case 'USERNAME':
      return partyName ?? users.name(nameKey(original));
    case 'EMAIL':
      return partyName !== undefined ? `[email address of ${partyName}]` : '[email address]';
    case 'URL':
      return span.reason === 'IP address' ? '[IP address]' : '[link removed]';
    case 'PHONE':
      return '[phone number]';
    case 'QUOTE':
      return '[quote removed]';
    case 'DATETIME':
      return periodReplacement(original) ?? (isTimeOnly(original) ? '[time removed]' : '[date removed]');
  }
}

export function render(text: string, spans: readonly DetectedSpan[], genderNeutral: boolean): { text: string; replacements: RenderedReplacement[] } {
  const people = new Numbering('Person');
  const users = new Numbering('User');
  const unknownKeys = unknownPersonKeys(text, spans);
  const replacements: RenderedReplacement[] = [];
  for (const span of spans) {
    const original = text.slice(span.start, span.end);
    let replacement = replacementFor(span, original, people, users, unknownKeys.get(span));
    let start = span.start;
    // "on March 3rd" becomes "in March 2025", not "on in March 2025".
    if (span.label === 'DATETIME' && replacement.startsWith('in ')) {
      const prep = /(?:^|\s)(on|at|in|during|am|le)\s+$/i.exec(text.slice(Math.max(0, start - 8), start));
      if (prep) start -= prep[0].length - (prep[0].startsWith(' ') ? 1 : 0);
      else if (/^\p{Lu}/u.test(original) && /(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, start - 3), start))) replacement = 'In' + replacement.slice(2);
    }
    replacements.push({ start, end: span.end, label: span.label, original: text.slice(start, span.end), replacement, reason: span.reason });
  }
  if (genderNeutral) {
    for (const p of neutralPronouns(text, spans)) {
      replacements.push({ ...p, label: 'PRONOUN', reason: 'gender-neutral pronoun' });
    }
    replacements.sort((a, b) => a.start - b.start);
  }
  let out = '';
  let at = 0;
  for (const r of replacements) {
    if (r.start < at) continue; // never happens for merged spans; guards pronoun edge cases
    out += text.slice(at, r.start) + r.replacement;
    at = r.end;
  }
  out += text.slice(at);
  return { text: out, replacements };
}
