// Running costly regular expressions only near places where they can match. Unicode-aware
// patterns with lookbehinds are slow when tried at every position of a long text; a cheap
// scan finds anchors (digits, trigger words) and the patterns run on windows around them.
import { isSpaceAt } from './text';

export interface Window {
  start: number;
  end: number;
  /** The window's text, cut once and reused by every pattern run on it. */
  slice?: string;
}

/**
 * Windows of `before`/`after` characters around each anchor, widened to whitespace, merged.
 * Linear in the text: a window's end is always at whitespace or the text's end, so an anchor
 * whose reach ends before the last window's end joins it without a walk, and each walk covers
 * only the gap after the last window (a text without whitespace is read once, not once per
 * digit run, which made 100k units of "1/1/1/…" take seconds).
 */
export function windowsAround(text: string, anchors: readonly number[], before: number, after: number): Window[] {
  const sorted = [...anchors].sort((a, b) => a - b);
  const out: Window[] = [];
  for (const a of sorted) {
    const last = out[out.length - 1];
    const floor = last ? last.end : 0;
    let start = Math.max(0, a - before);
    // Start at a word boundary so lookbehinds see what really precedes the window; a walk
    // that reaches the last window merges with it.
    if (!last || start > floor) while (start > floor && !isSpaceAt(text, start - 1)) start--;
    let end = Math.min(text.length, a + after);
    if (last && end <= last.end) end = last.end;
    else while (end < text.length && !isSpaceAt(text, end)) end++;
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end, slice: undefined }); // one shape from the start (slice is set later)
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

// The longest trigger of each set, remembered: longer words cannot be triggers.
const longestTrigger = new WeakMap<ReadonlyMap<string, number>, number>();
function longestOf(groups: ReadonlyMap<string, number>): number {
  let longest = longestTrigger.get(groups);
  if (longest === undefined) {
    longest = 0;
    for (const t of groups.keys()) longest = Math.max(longest, t.length);
    longestTrigger.set(groups, longest);
  }
  return longest;
}

/**
 * Positions of the trigger words of several sets, from the words the tokenizer has read
 * already (words.ts): `groups` maps each trigger to a bit mask of the sets it belongs to;
 * the result holds one list of positions per bit (`count` bits). Each word's lower case is
 * looked up, and a hyphenated word's parts too ("après-midi", "midi").
 * A word keeps no possessive ("Thursday's") or Turkish case ending ("Pazartesi'ye").
 */
export function tokenAnchorGroups(tokens: readonly { start: number; lower: string }[], groups: ReadonlyMap<string, number>, count: number): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < count; k++) out.push([]);
  const longest = longestOf(groups);
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

