// The layered detector: known parties, then generic detectors, then unknown person names,
// merged into non-overlapping spans sorted by position.
import type { DetectedSpan, KnownParty, Range } from './types';
import { fold } from './text';
import { detectKnownParties } from './known-parties';
import { detectEmails, detectIpAddresses, detectPhones, findLinks, linkSpans } from './detectors/contact';
import { detectChatNicks, detectHandles } from './detectors/handles';
import { detectDateTimes } from './detectors/datetime';
import { detectQuotes } from './detectors/quotes';
import { detectPersonNames } from './names/person-names';
import { codeRegions, organisationRegions } from './regions';
import { mergeSpans } from './merge';
import { tokenize } from './words';
import { echoSpans } from './echoes';

export interface DetectOptions {
  knownParties?: readonly KnownParty[];
  organisationAddresses?: readonly string[];
}

const within = (inner: Range, outer: Range) => inner.start >= outer.start && inner.end <= outer.end;

/** Which of `inner` lie entirely within one of `outer`; linear-logarithmic, for long texts. */
function withinAny(inner: readonly Range[], outer: readonly Range[]): (r: Range) => boolean {
  if (outer.length === 0) return () => false;
  if (outer.length * inner.length < 4096) return (r) => outer.some((o) => within(r, o));
  // A range lies within some outer range if the outer ranges starting at or before it reach
  // its end: sort by start and keep the running maximum of the ends.
  const sorted = [...outer].sort((a, b) => a.start - b.start);
  const starts = sorted.map((o) => o.start);
  const reach: number[] = [];
  let max = -1;
  for (const o of sorted) reach.push((max = Math.max(max, o.end)));
  return (r) => {
    let lo = 0;
    let hi = starts.length; // first index with start > r.start
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= r.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= r.end;
  };
}

/** Whether some of `inner` lies entirely within r, for each r asked about. */
function containsAny(inner: readonly Range[], outerCount: number, length: number): (r: Range) => boolean {
  if (inner.length * outerCount < 4096) return (r) => inner.some((k) => within(k, r));
  // For each start, the earliest end of the ranges starting there; a range within r starts
  // inside r and ends by r.end. The outer ranges (links) are short, so reading each is cheap.
  const firstEnd = new Int32Array(length + 1).fill(-1);
  for (const k of inner) {
    if (k.start < 0 || k.start > length) continue;
    const e = firstEnd[k.start]!;
    if (e < 0 || k.end < e) firstEnd[k.start] = k.end;
  }
  return (r) => {
    for (let i = Math.max(0, r.start); i < r.end && i <= length; i++) {
      const e = firstEnd[i]!;
      if (e >= 0 && e <= r.end) return true;
    }
    // An empty range at r.end is within r too.
    return r.end <= length && r.end >= 0 && firstEnd[r.end]! >= 0 && firstEnd[r.end]! <= r.end && r.start <= r.end;
  };
}

function mark(length: number, ranges: readonly Range[]): Uint8Array | undefined {
  if (ranges.length === 0) return undefined;
  const bits = new Uint8Array(length);
  for (const r of ranges) bits.fill(1, r.start, r.end);
  return bits;
}
const any = (bits: Uint8Array | undefined, r: Range) => {
  if (bits === undefined) return false;
  for (let i = r.start; i < r.end; i++) if (bits[i] === 1) return true;
  return false;
};

/** A test of whether every unit of a range is covered by `ranges`, for `queries` ranges. */
function coverage(length: number, ranges: readonly Range[], queries: number): (r: Range) => boolean {
  if (ranges.length * queries > 4096) {
    const bits = mark(length, ranges);
    return (r) => {
      if (bits === undefined) return r.end <= r.start;
      for (let i = r.start; i < r.end; i++) if (bits[i] !== 1) return false;
      return true;
    };
  }
  return (r) => {
    // Walk from the start, jumping to the end of a range that covers the current unit.
    let at = r.start;
    for (let moved = true; at < r.end && moved; ) {
      moved = false;
      for (const t of ranges) {
        if (t.start <= at && at < t.end) {
          at = t.end;
          moved = true;
        }
      }
    }
    return at >= r.end;
  };
}

export function detectAll(text: string, options: DetectOptions = {}): DetectedSpan[] {
  const folded = fold(text);
  const tokens = tokenize(text, folded);
  const parties = options.knownParties ?? [];
  const organisation = organisationRegions(folded, options.organisationAddresses ?? []);
  const code = codeRegions(text);

  // Layer 1 applies everywhere, code included, except on the organisation's own addresses.
  const found = detectKnownParties(text, folded, parties, true);
  const inOrganisation = withinAny(found, organisation);
  const known = found.filter((s) => !inOrganisation(s));

  const links = findLinks(text);
  const { spans: personalLinks, impersonal } = linkSpans(links);
  // An impersonal link that contains a known party's identifier is personal after all.
  const promoted: DetectedSpan[] = [];
  const stillImpersonal: Range[] = [];
  const holdsKnown = containsAny(known, impersonal.length, text.length);
  for (const r of impersonal) {
    if (holdsKnown(r)) {
      promoted.push({ ...r, label: 'URL', reason: 'link containing an identifier of a known party', priority: 75 });
    } else stillImpersonal.push(r);
  }

  const generic = [
    ...personalLinks,
    ...detectEmails(text),
    ...detectIpAddresses(text),
    ...detectPhones(text),
    ...detectHandles(text),
    ...detectChatNicks(text, folded),
    ...detectDateTimes(text, tokens),
    ...detectQuotes(text),
  ];
  // Bitmaps keep the overlap tests linear on long texts.
  const quiet = mark(text.length, [...code, ...organisation, ...stillImpersonal]);
  const kept = generic.filter((s) => !any(quiet, s));
  // Names inside links or emails are part of those; layer 3 only sees the rest.
  const found3 = detectPersonNames(text, folded, tokens);
  const covered = coverage(text.length, [...known, ...kept, ...promoted].filter((t) => t.label !== 'QUOTE'), found3.length);
  const names = found3.filter((s) => !any(quiet, s) && !covered(s));
  const all = [...known, ...promoted, ...kept, ...names];
  return mergeSpans(text, [...all, ...echoSpans(text, folded, tokens, all, (r) => any(quiet, r))]);
}
