// Layer 1: everything the case record knows about the parties. Full names, each part of a
// name alone, usernames (with or without "@"), emails and their local parts, matched on the
// folded text so case and diacritics do not matter.
import type { DetectedSpan, KnownParty, Label } from './types';
import { fold, isUpper, isWholeWord, isWordChar } from './text';
import { isCommonWord } from './names/lexicon';

interface Needle {
  folded: string;
  party: number;
  label: Label;
  reason: string;
  /** Ordinary words ("Will", "Rose") only count when written with a capital. */
  needsCapital: boolean;
  /** A month name used as a name ("May", "June") is skipped where it reads as a date. */
  monthLike: boolean;
  priority: number;
}

const months = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const dateWordsBefore = /\b(in|since|during|until|till|by|of|early|late|mid|last|next|this|every|before|after|from|through)\s+$/i;

// Name particles are not identifying on their own ("van", "de", "bin").
const particles = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'dos', 'das', 'y', 'e', 'st', 'mc', 'jr', 'sr']);

function nameNeedles(party: KnownParty, index: number): Needle[] {
  const out: Needle[] = [];
  for (const full of party.names) {
    const trimmed = full.trim();
    if (trimmed === '') continue;
    const f = fold(trimmed);
    out.push({ folded: f, party: index, label: 'PERSON', reason: `name of known party ${index + 1}`, needsCapital: false, monthLike: false, priority: 90 });
    const parts = f.split(/[\s]+/).filter((p) => p.length > 0);
    if (parts.length < 2 && !/-/.test(f)) continue;
    const pieces = new Set<string>();
    parts.forEach((p) => {
      pieces.add(p);
      for (const h of p.split('-')) pieces.add(h);
    });
    for (const p of pieces) {
      const bare = p.replace(/[.,]/g, '');
      if (bare.length < 2 || particles.has(bare)) continue;
      out.push({
        folded: bare,
        party: index,
        label: 'PERSON',
        reason: `part of the name of known party ${index + 1}`,
        needsCapital: isCommonWord(bare),
        monthLike: months.has(bare),
        priority: 85,
      });
    }
  }
  // A single-word name is a part too: apply the same ordinary-word care to it.
  for (const n of out) {
    if (n.priority === 90 && !/\s/.test(n.folded)) {
      n.needsCapital = isCommonWord(n.folded);
      n.monthLike = months.has(n.folded);
    }
  }
  return out;
}

function needlesFor(party: KnownParty, index: number): Needle[] {
  const out = nameNeedles(party, index);
  for (const u of party.usernames) {
    const bare = fold(u.trim().replace(/^@/, ''));
    if (bare.length < 2) continue;
    out.push({ folded: bare, party: index, label: 'USERNAME', reason: `username of known party ${index + 1}`, needsCapital: false, monthLike: false, priority: 88 });
  }
  for (const e of party.emails) {
    const email = fold(e.trim());
    if (!email.includes('@')) continue;
    out.push({ folded: email, party: index, label: 'EMAIL', reason: `email address of known party ${index + 1}`, needsCapital: false, monthLike: false, priority: 95 });
    const local = email.slice(0, email.indexOf('@'));
    // A local part like "maya.okafor" identifies; "info" or "m" does not.
    if (local.length >= 4 && !isCommonWord(local)) {
      out.push({ folded: local, party: index, label: 'USERNAME', reason: `email name of known party ${index + 1}`, needsCapital: false, monthLike: false, priority: 80 });
    }
  }
  return out;
}

function readsAsMonth(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 6);
  if (/^\s*\d/.test(after)) return true;
  const before = text.slice(Math.max(0, start - 12), start);
  if (dateWordsBefore.test(before)) return true;
  return /(?<!\d)\d{1,2}(st|nd|rd|th)?\.?\s+(of\s+)?$/i.test(before);
}

export function detectKnownParties(text: string, folded: string, parties: readonly KnownParty[]): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  const needles = parties.flatMap((p, i) => needlesFor(p, i));
  for (const n of needles) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(n.folded, from);
      if (at < 0) break;
      from = at + 1;
      let start = at;
      const end = at + n.folded.length;
      if (!isWholeWord(folded, start, end)) continue;
      if (n.label === 'USERNAME' || n.label === 'EMAIL') {
        // "maya.o" must not match inside "maya.okafor"; a handle may be followed by a full stop.
        const next = text[end];
        if (next !== undefined && /[._-]/.test(next) && isWordChar(text[end + 1])) continue;
        if (text[start - 1] === '@' && n.label === 'USERNAME') start -= 1;
        if (n.needsCapital) continue;
      } else {
        if (n.needsCapital && !isUpper(text[at])) continue;
        if (n.monthLike && readsAsMonth(text, at, end)) continue;
      }
      spans.push({ start, end, label: n.label, reason: n.reason, party: n.party, priority: n.priority });
    }
  }
  return spans;
}
