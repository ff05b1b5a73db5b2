// Parts of a text that generic detectors must leave alone: code, and the addresses of the
// organisation itself (its mailbox or team handle identifies no one).
import type { Range } from './types';
import { allMatches, fold } from './text';

const codeRe = /```[\s\S]*?(?:```|$)|`[^`\n]+`/g;

export function codeRegions(text: string): Range[] {
  const out: Range[] = [];
  for (const m of allMatches(codeRe, text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function organisationRegions(folded: string, addresses: readonly string[]): Range[] {
  const out: Range[] = [];
  // The same address given twice would only repeat the same regions.
  const seen = new Set<string>();
  for (const a of addresses) {
    const needle = fold(a.trim());
    if (needle === '' || seen.has(needle)) continue;
    seen.add(needle);
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      out.push({ start: at, end: at + needle.length });
    }
  }
  return out;
}
