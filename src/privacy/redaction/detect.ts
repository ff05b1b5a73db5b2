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

export interface DetectOptions {
  knownParties?: readonly KnownParty[];
  organisationAddresses?: readonly string[];
}

const within = (inner: Range, outer: Range) => inner.start >= outer.start && inner.end <= outer.end;

function mark(length: number, ranges: readonly Range[]): Uint8Array {
  const bits = new Uint8Array(length);
  for (const r of ranges) bits.fill(1, r.start, r.end);
  return bits;
}
const any = (bits: Uint8Array, r: Range) => bits.subarray(r.start, r.end).includes(1);
const all = (bits: Uint8Array, r: Range) => !bits.subarray(r.start, r.end).includes(0);

export function detectAll(text: string, options: DetectOptions = {}): DetectedSpan[] {
  const folded = fold(text);
  const parties = options.knownParties ?? [];
  const organisation = organisationRegions(folded, options.organisationAddresses ?? []);
  const code = codeRegions(text);

  // Layer 1 applies everywhere, code included, except on the organisation's own addresses.
  const known = detectKnownParties(text, folded, parties).filter((s) => !organisation.some((o) => within(s, o)));

  const links = findLinks(text);
  const { spans: personalLinks, impersonal } = linkSpans(links);
  // An impersonal link that contains a known party's identifier is personal after all.
  const promoted: DetectedSpan[] = [];
  const stillImpersonal: Range[] = [];
  for (const r of impersonal) {
    if (known.some((k) => within(k, r))) {
      promoted.push({ ...r, label: 'URL', reason: 'link containing an identifier of a known party', priority: 75 });
    } else stillImpersonal.push(r);
  }

  const generic = [
    ...personalLinks,
    ...detectEmails(text),
    ...detectIpAddresses(text),
    ...detectPhones(text),
    ...detectHandles(text),
    ...detectChatNicks(text),
    ...detectDateTimes(text),
    ...detectQuotes(text),
  ];
  // Bitmaps keep the overlap tests linear on long texts.
  const quiet = mark(text.length, [...code, ...organisation, ...stillImpersonal]);
  const kept = generic.filter((s) => !any(quiet, s));
  // Names inside links or emails are part of those; layer 3 only sees the rest.
  const taken = mark(text.length, [...known, ...kept, ...promoted].filter((t) => t.label !== 'QUOTE'));
  const names = detectPersonNames(text).filter((s) => !any(quiet, s) && !all(taken, s));
  return mergeSpans(text, [...known, ...promoted, ...kept, ...names]);
}
