// Running costly regular expressions only near places where they can match. Unicode-aware
// patterns with lookbehinds are slow when tried at every position of a long text; a cheap
// scan finds anchors (digits, trigger words) and the patterns run on windows around them.
import { isSpaceAt, letterOrMarkAt } from './text';

export interface Window {
  start: number;
  end: number;
  /** The window's text, cut once and reused by every pattern run on it. */
  slice?: string;
}

/** Windows of `before`/`after` characters around each anchor, widened to whitespace, merged. */
export function windowsAround(text: string, anchors: readonly number[], before: number, after: number): Window[] {
  const sorted = [...anchors].sort((a, b) => a - b);
  const out: Window[] = [];
  for (const a of sorted) {
    let start = Math.max(0, a - before);
    // Start at a word boundary so lookbehinds see what really precedes the window.
    while (start > 0 && !isSpaceAt(text, start - 1)) start--;
    let end = Math.min(text.length, a + after);
    while (end < text.length && !isSpaceAt(text, end)) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/** All matches of a global regular expression inside the windows, with offsets in text. */
export function matchesIn(text: string, windows: Window[], re: RegExp): Array<{ index: number; match: RegExpMatchArray }> {
  const out: Array<{ index: number; match: RegExpMatchArray }> = [];
  for (const w of windows) {
    const slice = (w.slice ??= text.slice(w.start, w.end));
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      if (m[0] === '') re.lastIndex++;
      out.push({ index: w.start + m.index, match: m });
    }
  }
  return out;
}

const digitRe = /\d/g;

/** Positions of the first digit of each run of digits. */
export function digitAnchors(text: string): number[] {
  const out: number[] = [];
  digitRe.lastIndex = 0;
  let prevEnd = -2;
  for (let m = digitRe.exec(text); m !== null; m = digitRe.exec(text)) {
    if (m.index !== prevEnd) out.push(m.index);
    prevEnd = m.index + 1;
  }
  return out;
}

// A hash of a lower-cased ASCII word, computed from its units without building it.
const asciiHashStep = (h: number, lowerCode: number) => (Math.imul(h, 31) + lowerCode) | 0;

interface TriggerIndex {
  longest: number;
  /** Hashes of the triggers (of their UTF-16 units): a word with another hash is none of them. */
  hashes: Set<number>;
}

// Lower case of one UTF-16 unit when it is one unit too (0: not computed yet; 0xffff: not a
// single unit, or a surrogate), so that a word's hash needs no lower-cased copy of it.
const lowerUnits = new Uint16Array(0x10000);
function lowerUnit(c: number): number {
  let l = lowerUnits[c]!;
  if (l === 0) {
    // Σ lower-cases to ς at the end of a word, which a unit alone cannot tell.
    if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3) l = 0xffff;
    else {
      const s = String.fromCharCode(c).toLowerCase();
      l = s.length === 1 ? s.charCodeAt(0) : 0xffff;
      if (l === 0) l = 0xffff;
    }
    lowerUnits[c] = l;
  }
  return l;
}
const triggerIndexes = new WeakMap<ReadonlySet<string> | ReadonlyMap<string, number>, TriggerIndex>();

function indexTriggers(triggers: ReadonlySet<string> | ReadonlyMap<string, number>): TriggerIndex {
  let index = triggerIndexes.get(triggers);
  if (index === undefined) {
    index = { longest: 0, hashes: new Set() };
    for (const t of triggers.keys()) {
      index.longest = Math.max(index.longest, t.length);
      let h = 0;
      for (let i = 0; i < t.length; i++) h = asciiHashStep(h, t.charCodeAt(i));
      index.hashes.add(h);
    }
    triggerIndexes.set(triggers, index);
  }
  return index;
}

/** Positions of words (runs of letters, marks and apostrophes, lower-cased) in the trigger set. */
export function wordAnchors(text: string, triggers: ReadonlySet<string>): number[] {
  const out: number[] = [];
  scanTriggerWords(text, triggers, (i) => out.push(i));
  return out;
}

/**
 * Like `wordAnchors` for several trigger sets at once, in one scan of the text: `groups` maps
 * each trigger word to a bit mask of the sets it belongs to; the result holds one list of
 * positions per bit (`count` bits).
 */
export function wordAnchorGroups(text: string, groups: ReadonlyMap<string, number>, count: number): number[][] {
  const out: number[][] = Array.from({ length: count }, () => []);
  scanTriggerWords(text, groups, (i, word) => {
    const mask = groups.get(word)!;
    for (let k = 0; k < count; k++) if (mask & (1 << k)) out[k]!.push(i);
  });
  return out;
}

/**
 * Like `wordAnchorGroups`, from the words the tokenizer has read already (words.ts): each
 * word's lower case is looked up, and a hyphenated word's parts too ("après-midi", "midi").
 * A word keeps no possessive ("Thursday's") or Turkish case ending ("Pazartesi'ye").
 */
export function tokenAnchorGroups(tokens: readonly { start: number; lower: string }[], groups: ReadonlyMap<string, number>, count: number): number[][] {
  const out: number[][] = Array.from({ length: count }, () => []);
  const { longest } = indexTriggers(groups);
  const hit = (at: number, word: string) => {
    const mask = groups.get(word);
    if (mask === undefined) return;
    for (let k = 0; k < count; k++) if (mask & (1 << k)) out[k]!.push(at);
  };
  for (const t of tokens) {
    const w = t.lower;
    if (w.length <= longest) hit(t.start, w);
    if (w.includes('-')) {
      let from = 0;
      for (const part of w.split('-')) {
        if (from > 0 && part.length <= longest) hit(t.start + from, part);
        from += part.length + 1;
      }
    }
  }
  return out;
}

function scanTriggerWords(text: string, triggers: ReadonlySet<string> | ReadonlyMap<string, number>, hit: (at: number, word: string) => void): void {
  const { longest, hashes } = indexTriggers(triggers);
  const n = text.length;
  for (let i = 0; i < n; ) {
    let j = i;
    // Whether the hash is the hash of the lower-cased word (false when a unit's lower case is
    // not one unit: then the word is looked up the slow way).
    let hashed = true;
    let h = 0;
    for (;;) {
      const c = text.charCodeAt(j);
      if (c === 39 || c === 0x2019) {
        h = asciiHashStep(h, c);
        j++;
      } else if (c < 128) {
        // ASCII letters are the only ASCII units that are letters or marks.
        if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
        h = asciiHashStep(h, c | 0x20);
        j++;
      } else {
        const len = letterOrMarkAt(text, j);
        if (len === 0) break;
        if (len === 1) {
          const l = lowerUnit(c);
          if (l === 0xffff) hashed = false;
          else h = asciiHashStep(h, l);
        } else hashed = false;
        j += len;
      }
    }
    if (j === i) {
      i++;
      continue;
    }
    // Lower-casing never shortens a word, so longer words cannot be triggers; a word whose
    // lower case is unit for unit must have a trigger's hash.
    if (j - i <= longest && (!hashed || hashes.has(h))) {
      const word = text.slice(i, j).toLowerCase();
      if (triggers.has(word)) hit(i, word);
    }
    i = j;
  }
}
