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
  /** The needle is the stem of an inflected name: it counts at the start of a word whose rest
   * is a case ending ("Анн" in "Анне", "mark" in "Marka"); `latin` stems only in texts
   * written with Slavic letters. */
  stem?: 'latin' | 'other';
}

const months = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const dateWordsBefore = /\b(in|since|during|until|till|by|of|early|late|mid|last|next|this|every|before|after|from|through)\s+$/i;

// Name particles are not identifying on their own ("van", "de", "bin").
const particles = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'dos', 'das', 'y', 'e', 'st', 'mc', 'jr', 'sr']);

interface Piece {
  folded: string;
  needsCapital: boolean;
  monthLike: boolean;
}

/** The full name and the parts of one written name: depends on the string alone. */
function namePieces(full: string): { full: Piece; parts: Piece[] } | undefined {
  const trimmed = full.trim();
  if (trimmed === '') return undefined;
  const f = fold(trimmed);
  // A single-word name is a part too: apply the same ordinary-word care to it.
  const single = !/\s/.test(f);
  const whole: Piece = { folded: f, needsCapital: single && isCommonWord(f), monthLike: single && months.has(f) };
  const parts = f.split(/[\s]+/).filter((p) => p.length > 0);
  if (parts.length < 2 && !/-/.test(f)) return { full: whole, parts: [] };
  const pieces = new Set<string>();
  parts.forEach((p) => {
    pieces.add(p);
    for (const h of p.split('-')) pieces.add(h);
  });
  const out: Piece[] = [];
  for (const p of pieces) {
    const bare = p.replace(/[.,]/g, '');
    if (bare.length < 2 || particles.has(bare)) continue;
    out.push({ folded: bare, needsCapital: isCommonWord(bare), monthLike: months.has(bare) });
  }
  return { full: whole, parts: out };
}

// Slavic names change their ending with their case: "Анна" → "Анне", "Сергій" → "Сергію",
// "Marek Kowalczyk" → "Marka Kowalczyka". The endings, as fold() writes them (й → и, ą → a).
const CASE_ENDINGS = new Set([
  'a', 'u', 'e', 'y', 'i', 'o', 'em', 'om', 'owi', 'ie', 'ou', 'ovi', 'ego', 'emu', 'ym', 'im', 'ej', 'iem', 'ami',
  'а', 'у', 'е', 'ы', 'и', 'о', 'ю', 'я', 'і', 'ои', 'ом', 'ем', 'ым', 'им', 'ою', 'еи', 'ого', 'ому', 'ові', 'єю', 'ею', 'ыи', 'ии',
]);
const stemVowels = /[aeiouyаеиоуыэюяіїєь]$/;
const fleetingE = /[^aeiouy]e[klcnrz]$|[^аеиоуыэюяі]е[кцлн]$/;
const inflectedScript = /[\u0400-\u04ff]/;
/** Texts in languages whose names inflect, written in Latin letters (Polish, Czech, Slovak,
 * Slovene, Croatian, Serbian): only there do Latin stems count. */
const slavicLatinLetters = /[ąćęłńśźżčěřšžůďťňđ]/i;

/** Stems of a one-word piece of a name, or none when it is short or not a word. */
function stemsOf(piece: string): string[] {
  if (piece.length < 4 || !/^[\p{L}]+$/u.test(piece)) return [];
  const out = new Set<string>();
  out.add(stemVowels.test(piece) ? piece.slice(0, -1) : piece);
  if (fleetingE.test(piece)) out.add(piece.slice(0, -2) + piece.slice(-1));
  return [...out].filter((s) => s.length >= 3);
}
const stemsOfPiece = new Map<string, string[]>();

function usernamePiece(u: string): string | undefined {
  const bare = fold(u.trim().replace(/^@/, ''));
  return bare.length < 2 ? undefined : bare;
}

function emailPieces(e: string): { email: string; local?: string } | undefined {
  const email = fold(e.trim());
  if (!email.includes('@')) return undefined;
  const local = email.slice(0, email.indexOf('@'));
  // A local part like "maya.okafor" identifies; "info" or "m" does not.
  return local.length >= 4 && !isCommonWord(local) ? { email, local } : { email };
}

/** Remembers a pure function of a string across calls (parties recur from text to text). */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    if (cache.has(s)) return cache.get(s) as T;
    const v = f(s);
    if (cache.size >= 10_000) cache.clear();
    cache.set(s, v);
    return v;
  };
}
const namePiecesOf = memo(namePieces);
const usernamePieceOf = memo(usernamePiece);
const emailPiecesOf = memo(emailPieces);

// The reasons of party n, built once.
const reasonCache: Array<{ name: string; part: string; username: string; email: string; emailName: string; inflected: string }> = [];
function reasonsFor(n: number) {
  let r = reasonCache[n];
  if (r === undefined) {
    r = {
      name: `name of known party ${n}`,
      part: `part of the name of known party ${n}`,
      username: `username of known party ${n}`,
      email: `email address of known party ${n}`,
      emailName: `email name of known party ${n}`,
      inflected: `name of known party ${n}, with a case ending`,
    };
    if (n < 1000) reasonCache[n] = r;
  }
  return r;
}

// A party's needles depend on its strings and its number only: the same party recurs from
// text to text (one case, many messages), so they are remembered (bounded).
const needlesByParty = new Map<string, Needle[]>();

// Callers often pass the same arrays again (one case, many texts): found by identity first,
// and checked against a copy of their contents, so that an array changed in place since is
// not served stale needles (a missed name would leak).
interface ByIdentity {
  usernames: readonly string[];
  emails: readonly string[];
  index: number;
  contents: string[];
  needles: Needle[];
}
const needlesByArrays = new WeakMap<readonly string[], ByIdentity[]>();
const sameContents = (contents: readonly string[], party: KnownParty) => {
  const all = [...party.names, '\u0000', ...party.usernames, '\u0000', ...party.emails];
  return all.length === contents.length && all.every((x, i) => x === contents[i]);
};

function needlesFor(party: KnownParty, index: number): Needle[] {
  const byIdentity = needlesByArrays.get(party.names);
  const hit = byIdentity?.find((e) => e.usernames === party.usernames && e.emails === party.emails && e.index === index);
  if (hit !== undefined && sameContents(hit.contents, party)) return hit.needles;
  const key = `${index}\u0000${party.names.join('\u0001')}\u0000${party.usernames.join('\u0001')}\u0000${party.emails.join('\u0001')}`;
  let needles = needlesByParty.get(key);
  if (needles === undefined) {
    needles = buildNeedles(party, index);
    if (needlesByParty.size >= 5_000) needlesByParty.clear();
    needlesByParty.set(key, needles);
  }
  const entries = (byIdentity ?? []).filter((e) => e !== hit);
  if (entries.length < 8) entries.push({ usernames: party.usernames, emails: party.emails, index, contents: [...party.names, '\u0000', ...party.usernames, '\u0000', ...party.emails], needles });
  needlesByArrays.set(party.names, entries);
  return needles;
}

function buildNeedles(party: KnownParty, index: number): Needle[] {
  const out: Needle[] = [];
  const reasons = reasonsFor(index + 1);
  for (const full of party.names) {
    const pieces = namePiecesOf(full);
    if (pieces === undefined) continue;
    const f = pieces.full;
    out.push({ folded: f.folded, party: index, label: 'PERSON', reason: reasons.name, needsCapital: f.needsCapital, monthLike: f.monthLike, priority: 90 });
    for (const p of pieces.parts) {
      out.push({ folded: p.folded, party: index, label: 'PERSON', reason: reasons.part, needsCapital: p.needsCapital, monthLike: p.monthLike, priority: 85 });
    }
    for (const p of pieces.parts.length > 0 ? pieces.parts : [f]) {
      let stems = stemsOfPiece.get(p.folded);
      if (stems === undefined) {
        stems = stemsOf(p.folded);
        if (stemsOfPiece.size >= 10_000) stemsOfPiece.clear();
        stemsOfPiece.set(p.folded, stems);
      }
      const stem = inflectedScript.test(p.folded) ? 'other' : 'latin';
      for (const st of stems) {
        out.push({ folded: st, party: index, label: 'PERSON', reason: reasons.inflected, needsCapital: true, monthLike: false, priority: 84, stem });
      }
    }
  }
  for (const u of party.usernames) {
    const bare = usernamePieceOf(u);
    if (bare === undefined) continue;
    out.push({ folded: bare, party: index, label: 'USERNAME', reason: reasons.username, needsCapital: false, monthLike: false, priority: 88 });
  }
  for (const e of party.emails) {
    const pieces = emailPiecesOf(e);
    if (pieces === undefined) continue;
    out.push({ folded: pieces.email, party: index, label: 'EMAIL', reason: reasons.email, needsCapital: false, monthLike: false, priority: 95 });
    if (pieces.local !== undefined) {
      out.push({ folded: pieces.local, party: index, label: 'USERNAME', reason: reasons.emailName, needsCapital: false, monthLike: false, priority: 80 });
    }
  }
  return out;
}

// Hebrew and Arabic write prepositions and conjunctions as letters joined to the next word
// ("מנועה" from Noa, "לליلى"/"لـليلى" to Layla, "وكريم" and Karim): a name written in those
// scripts may start after one or two of them.
const hebrewPrefix = /^[ובהלמשכ]{1,2}$/;
const arabicPrefix = /^(?:[وفبلك]{1,2}|[وفب]?ال|لل)ـ?$/;
const hebrewOrArabic = /^[\u0590-\u06ff]/;

function afterScriptPrefix(folded: string, start: number, end: number): boolean {
  if (!hebrewOrArabic.test(folded[start] ?? '')) return false;
  let k = start;
  while (k > 0 && k > start - 4 && isWordChar(folded[k - 1])) k--;
  if (k === start || isWordChar(folded[k - 1])) return false;
  const prefix = folded.slice(k, start);
  return (hebrewPrefix.test(prefix) || arabicPrefix.test(prefix)) && isWholeWord(folded, k, end);
}

function readsAsMonth(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 6);
  if (/^\s*\d/.test(after)) return true;
  const before = text.slice(Math.max(0, start - 12), start);
  if (dateWordsBefore.test(before)) return true;
  return /(?<!\d)\d{1,2}(st|nd|rd|th)?\.?\s+(of\s+)?$/i.test(before);
}

/**
 * Every position of every needle in the folded text, as folded.indexOf would find them one
 * needle at a time (overlapping occurrences included), in increasing order per needle.
 * Short texts use indexOf; long texts with many needles one Aho–Corasick pass, so that a
 * long document with many parties costs one scan instead of one scan per needle.
 */
function occurrences(folded: string, needles: readonly string[]): number[][] {
  const out: number[][] = needles.map(() => []);
  let needleChars = 0;
  for (const n of needles) needleChars += n.length;
  if (needles.length * folded.length < 200_000 || needleChars === 0) {
    needles.forEach((n, k) => {
      const found = out[k]!;
      for (let at = folded.indexOf(n); at >= 0; at = folded.indexOf(n, at + 1)) found.push(at);
    });
    return out;
  }
  // Trie of the needles (UTF-16 units, as indexOf compares them).
  const next: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  needles.forEach((n, k) => {
    let node = 0;
    for (let i = 0; i < n.length; i++) {
      const c = n.charCodeAt(i);
      let child = next[node]!.get(c);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        ends.push([]);
        next[node]!.set(c, child);
      }
      node = child;
    }
    ends[node]!.push(k);
  });
  // Failure links and, for each node, the nearest suffix node where a needle ends.
  const fail = new Int32Array(next.length);
  const outLink = new Int32Array(next.length).fill(-1);
  const queue: number[] = [];
  for (const child of next[0]!.values()) queue.push(child);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    for (const [c, child] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      const target = next[f]!.get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      outLink[child] = ends[fail[child]!]!.length > 0 ? fail[child]! : outLink[fail[child]!]!;
      queue.push(child);
    }
  }
  const root = next[0]!;
  // The transitions on ASCII units, completed along the failure links into one table
  // (breadth-first, so a node's failure target is complete before it): most of a text is
  // ASCII, and a table read is much cheaper than Map lookups along failure links.
  const ascii = new Int32Array(next.length * 128);
  for (const [c, child] of root) if (c < 128) ascii[c] = child;
  for (const node of queue) {
    const f = fail[node]!;
    for (let c = 0; c < 128; c++) ascii[node * 128 + c] = next[node]!.get(c) ?? ascii[f * 128 + c]!;
  }
  let node = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c < 128) {
      node = ascii[node * 128 + c]!;
    } else {
      let child = next[node]!.get(c);
      while (child === undefined && node !== 0) {
        node = fail[node]!;
        child = next[node]!.get(c);
      }
      node = child ?? (root.get(c) ?? 0);
    }
    for (let o = ends[node]!.length > 0 ? node : outLink[node]!; o > 0; o = outLink[o]!) {
      for (const k of ends[o]!) out[k]!.push(i + 1 - needles[k]!.length);
    }
  }
  return out;
}

// A known party's name that is also an ordinary word, written in lower case as chat often
// is, counts when the context reads as a person: a possessive ("frank's been"), someone
// addressed ("thanks grace.", "lighten up sunny,"), or a verb in the past right after it
// ("will crossed a line": the auxiliary "will" takes no past tense).
const addressBefore = /(?:^|[\s>:,(])(?:thanks|thank\s+you|thx|hi|hey|hello|sorry|ok|okay|lighten\s+up|calm\s+down|cc|ping|dear|bye|night|morning)\s+$/i;
const addressedAfter = /^\s*(?:[,!?]|\.(?:\s|$)|$)/;
const possessiveAfter = /^['’]s\s/;
const articleBefore = /(?:^|\s)(?:the|a|an|this|that|its|his|her|their|our|my|your|no|to\s+be)\s+$/i;
const pastAfter = /^\s+(?:\p{Ll}{2,}(?<!e)ed|said|told|wrote|sent|kept|made|went|left|got)\b/u;

function lowerCaseNameCue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  if (articleBefore.test(before)) return false;
  const after = text.slice(end, end + 24);
  if (possessiveAfter.test(after)) return true;
  if (addressBefore.test(before) && addressedAfter.test(after)) return true;
  return pastAfter.test(after);
}

/**
 * `dropRepeats`: on long texts with many needles, skip a needle identical to an earlier one (same string, label, priority and
 * checks) from another party or name. Its spans would repeat the earlier needle's exactly,
 * with a later party number, and merging never prefers them (the earlier span of the same
 * range, label and priority wins); long documents with many parties create many of them.
 */
export function detectKnownParties(text: string, folded: string, parties: readonly KnownParty[], dropRepeats = false): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  // Stems count only in texts that can hold them: Latin ones with Slavic letters, Cyrillic
  // ones with Cyrillic.
  const latinStems = slavicLatinLetters.test(text);
  const otherStems = inflectedScript.test(text);
  let needles: Needle[] = [];
  parties.forEach((p, i) => {
    for (const n of needlesFor(p, i)) if (n.stem === undefined || (n.stem === 'latin' ? latinStems : otherStems)) needles.push(n);
  });
  if (dropRepeats && needles.length * folded.length >= 200_000) {
    const seen = new Set<string>();
    needles = needles.filter((n) => {
      const key = `${n.label}|${n.priority}|${n.needsCapital}|${n.monthLike}|${n.folded}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  const positions = occurrences(folded, needles.map((n) => n.folded));
  needles.forEach((n, k) => {
    for (const at of positions[k]!) {
      let start = at;
      const end = at + n.folded.length;
      if (n.stem !== undefined) {
        // The stem starts a word, and the rest of that word is a case ending.
        if (isWordChar(folded[start - 1]) || !isUpper(text[at])) continue;
        let wordEnd = end;
        while (wordEnd < folded.length && wordEnd - end < 4 && /\p{L}/u.test(folded[wordEnd]!)) wordEnd++;
        if (isWordChar(folded[wordEnd]) || !CASE_ENDINGS.has(folded.slice(end, wordEnd))) continue;
        spans.push({ start, end: wordEnd, label: n.label, reason: n.reason, party: n.party, priority: n.priority });
        continue;
      }
      if (!isWholeWord(folded, start, end) && !afterScriptPrefix(folded, start, end)) continue;
      if (n.label === 'USERNAME' || n.label === 'EMAIL') {
        // "maya.o" must not match inside "maya.okafor"; a handle may be followed by a full stop.
        const next = text[end];
        if (next !== undefined && /[._-]/.test(next) && isWordChar(text[end + 1])) continue;
        if (text[start - 1] === '@' && n.label === 'USERNAME') start -= 1;
        if (n.needsCapital) continue;
      } else {
        if (n.needsCapital && !isUpper(text[at]) && !lowerCaseNameCue(text, at, end)) continue;
        if (n.monthLike && readsAsMonth(text, at, end)) continue;
      }
      spans.push({ start, end, label: n.label, reason: n.reason, party: n.party, priority: n.priority });
    }
  });
  return spans;
}
