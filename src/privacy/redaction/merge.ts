// Combining what the layers found into non-overlapping spans. Overlapping spans become one:
// if one contains all the others it gives the label (an email contains a name, a quote
// contains anything), otherwise the most confident detector does.
import type { DetectedSpan } from './types';

function copySpan(only: DetectedSpan): DetectedSpan {
  const merged: DetectedSpan = { start: only.start, end: only.end, label: only.label, reason: only.reason, priority: only.priority };
  if (only.party !== undefined) merged.party = only.party;
  return merged;
}

function resolveCluster(cluster: DetectedSpan[]): DetectedSpan {
  if (cluster.length === 1) return copySpan(cluster[0]!);
  let start = Infinity;
  let end = -Infinity;
  for (const s of cluster) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  const containers = cluster.filter((s) => s.start === start && s.end === end);
  const pool = containers.length > 0 ? containers : cluster;
  const best = pool.reduce((a, b) => (b.priority > a.priority ? b : a));
  const party = best.party ?? cluster.find((s) => s.party !== undefined && s.label === best.label)?.party;
  const merged: DetectedSpan = { start, end, label: best.label, reason: best.reason, priority: best.priority };
  if (party !== undefined) merged.party = party;
  return merged;
}

/** Non-empty spans by start, longer first, in input order otherwise (a stable sort, done as a
 * counting sort by start because long documents have hundreds of thousands of spans). */
function sortSpans(spans: readonly DetectedSpan[]): DetectedSpan[] {
  const kept = spans.filter((s) => s.end > s.start);
  if (kept.length < 64) return kept.sort((a, b) => a.start - b.start || b.end - a.end);
  let maxStart = 0;
  for (const s of kept) if (s.start > maxStart) maxStart = s.start;
  const first = new Int32Array(maxStart + 2);
  for (const s of kept) first[s.start + 1]!++;
  for (let i = 1; i < first.length; i++) first[i]! += first[i - 1]!;
  const sorted = new Array<DetectedSpan>(kept.length);
  const fill = first.slice();
  for (const s of kept) sorted[fill[s.start]!++] = s;
  // Equal starts: longer first, stable.
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.start === sorted[i]!.start) j++;
    if (j - i > 1) {
      const group = sorted.slice(i, j).sort((a, b) => b.end - a.end);
      for (let k = i; k < j; k++) sorted[k] = group[k - i]!;
    }
    i = j;
  }
  return sorted;
}

export function mergeSpans(text: string, spans: readonly DetectedSpan[]): DetectedSpan[] {
  const sorted = sortSpans(spans);
  // Clusters of overlapping spans are runs of the sorted list: [first, i).
  const resolved: DetectedSpan[] = [];
  let first = 0;
  let clusterEnd = -1;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i]!;
    if (i > 0 && s.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, s.end);
      continue;
    }
    if (i > 0) resolved.push(i - first === 1 ? copySpan(sorted[first]!) : resolveCluster(sorted.slice(first, i)));
    first = i;
    clusterEnd = s.end;
  }
  if (sorted.length > 0) resolved.push(resolveCluster(sorted.slice(first)));
  // "Maya" (known) + "Okafor" (found by layer 3) is one name.
  const out: DetectedSpan[] = [];
  for (const s of resolved) {
    const prev = out[out.length - 1];
    if (prev && prev.label === 'PERSON' && s.label === 'PERSON' && /^[ \u00a0]$/.test(text.slice(prev.end, s.start))
      && (prev.party === undefined || s.party === undefined || prev.party === s.party)) {
      prev.end = s.end;
      if (prev.party === undefined && s.party !== undefined) {
        prev.party = s.party;
        prev.reason = s.reason;
      }
      continue;
    }
    out.push(s); // resolved spans are fresh objects: extending one changes no input
  }
  return out;
}
