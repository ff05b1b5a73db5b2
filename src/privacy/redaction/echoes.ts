// Once the engine has decided that a string identifies someone, every other occurrence of it in
// the same text does too: the nick of an IRC line mentioned in another line ("yeah spindle,
// it's about hexfox"), a user name found after the word for it and written bare later, the
// given name of a chat speaker ("Vikram Malhotra: …" then "bilkul nahi, Vikram"). The
// detectors see one place at a time; this pass joins what they found across the text.
import type { DetectedSpan, Range } from './types';
import { isCommonWord } from './names/lexicon';
import { PARTICLES } from './names/cues';
import { letterOrMarkAt } from './text';
import type { Token } from './words';

// The detectors whose user names are worth finding again: those read from the text's shape
// (a log line, a header, the word "username"), not a known party's (layer 1 finds those
// everywhere already).
const USERNAME_SOURCES = /nick|speaker|user name|@handle|#number|Reddit/;
const PERSON_SOURCES = /speaker name/;

const wordRe = /[\p{L}\p{M}]+/gu;

const isDigitOrUnderscore = (c: number) => (c >= 48 && c <= 57) || c === 95;

/** Identifiers as written: runs of letters, marks, digits and "_", with "." and "-" inside
 * ("vale.dev", "r0b_k"), scanned by hand (a Unicode pattern over every text cost more than
 * the rest of this pass). Calls `hit` with those in `keys`. */
const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;
function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

function scanIdentifiers(folded: string, keys: ReadonlySet<string>, hit: (start: number, end: number) => void): void {
  const n = folded.length;
  // A hash of each identifier, computed while reading it: only one with a key's hash is
  // copied and looked up (long logs have hundreds of thousands of identifiers).
  const hashes = new Set<number>();
  for (const k of keys) hashes.add(hashOf(k));
  const unitAt = (i: number) => (isDigitOrUnderscore(folded.charCodeAt(i)) ? 1 : letterOrMarkAt(folded, i));
  for (let i = 0; i < n; ) {
    let len = unitAt(i);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let h = 0;
    for (;;) {
      for (let k = 0; k < len; k++) h = hashStep(h, folded.charCodeAt(end + k));
      end += len;
      len = unitAt(end);
      if (len > 0) continue;
      const c = folded.charCodeAt(end);
      if ((c === 46 || c === 45) && unitAt(end + 1) > 0) len = 1;
      else break;
    }
    if (hashes.has(h) && keys.has(folded.slice(start, end))) hit(start, end);
    i = end;
  }
}

function usernameKey(s: string): string {
  return s.replace(/^\/?u\//, '').replace(/^@/, '').replace(/#\d{4}$/, '');
}

/** A bare word ("spindle", "moss") that is an ordinary word is left to its context. */
function worthEchoing(key: string): boolean {
  if (key.length < 3 || key.includes('@')) return false;
  if (/[\d_.]/.test(key)) return true;
  return !isCommonWord(key.toLowerCase());
}

// Whether a detector's reason is one of the sources above, remembered per reason string
// (reasons are a few constant strings; long texts have many thousands of spans).
const sourceOfReason = new Map<string, boolean>();
function echoedSource(label: 'USERNAME' | 'PERSON', reason: string): boolean {
  const key = `${label}:${reason}`;
  let yes = sourceOfReason.get(key);
  if (yes === undefined) {
    yes = (label === 'USERNAME' ? USERNAME_SOURCES : PERSON_SOURCES).test(reason);
    if (sourceOfReason.size < 1000) sourceOfReason.set(key, yes);
  }
  return yes;
}

export function echoSpans(text: string, folded: string, tokens: readonly Token[], spans: readonly DetectedSpan[], quiet: (r: Range) => boolean): DetectedSpan[] {
  const users = new Set<string>();
  const names = new Set<string>();
  const judged = new Set<string>();
  for (const s of spans) {
    if (s.party !== undefined || (s.label !== 'USERNAME' && s.label !== 'PERSON')) continue;
    if (!echoedSource(s.label, s.reason)) continue;
    if (s.label === 'USERNAME') {
      const key = usernameKey(folded.slice(s.start, s.end));
      if (judged.has(key)) continue;
      judged.add(key);
      if (worthEchoing(key)) users.add(key);
    } else {
      for (const m of text.slice(s.start, s.end).matchAll(wordRe)) {
        const w = m[0];
        if (w.length >= 3 && w[0] !== w[0]!.toLowerCase() && !PARTICLES.has(w.toLowerCase()) && !isCommonWord(w.toLowerCase())) names.add(folded.slice(s.start + m.index, s.start + m.index + w.length));
      }
    }
  }
  if (users.size === 0 && names.size === 0) return [];
  // Positions already inside a span are not found again (the table is built on first use:
  // most occurrences are the spans themselves, but the test needs it either way).
  let covered: Uint8Array | undefined;
  const out: DetectedSpan[] = [];
  const add = (start: number, end: number, label: 'USERNAME' | 'PERSON', reason: string) => {
    if (covered === undefined) {
      covered = new Uint8Array(text.length);
      for (const s of spans) covered.fill(1, s.start, s.end);
    }
    if (covered[start] === 1 || covered[end - 1] === 1 || quiet({ start, end })) return;
    covered.fill(1, start, end);
    out.push({ start, end, label, reason, priority: label === 'USERNAME' ? 58 : 40 });
  };
  if (users.size > 0) scanIdentifiers(folded, users, (start, end) => add(start, end, 'USERNAME', 'user name found elsewhere in the text, mentioned again'));
  if (names.size > 0) {
    // Capitalised words only: "Vikram", not an ordinary word that happens to match.
    for (const t of tokens) {
      if (t.cap && names.has(t.folded)) add(t.start, t.end, 'PERSON', 'person name: part of a chat speaker’s name found elsewhere in the text');
    }
  }
  return out;
}
