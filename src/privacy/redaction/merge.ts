// Combining what the layers found into non-overlapping spans. Overlapping spans become one:
// if one contains all the others it gives the label (an email contains a name, a quote
// contains anything), otherwise the most confident detector does.
import type { DetectedSpan } from './types';

function resolveCluster(cluster: DetectedSpan[]): DetectedSpan {
  const start = Math.min(...cluster.map((s) => s.start));
  const end = Math.max(...cluster.map((s) => s.end));
  const containers = cluster.filter((s) => s.start === start && s.end === end);
  const pool = containers.length > 0 ? containers : cluster;
  const best = pool.reduce((a, b) => (b.priority > a.priority ? b : a));
  const party = best.party ?? cluster.find((s) => s.party !== undefined && s.label === best.label)?.party;
  const merged: DetectedSpan = { start, end, label: best.label, reason: best.reason, priority: best.priority };
  if (party !== undefined) merged.party = party;
  return merged;
}

export function mergeSpans(text: string, spans: readonly DetectedSpan[]): DetectedSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: DetectedSpan[][] = [];
  let clusterEnd = -1;
  for (const s of sorted) {
    if (clusters.length > 0 && s.start < clusterEnd) {
      clusters[clusters.length - 1]!.push(s);
      clusterEnd = Math.max(clusterEnd, s.end);
    } else {
      clusters.push([s]);
      clusterEnd = s.end;
    }
  }
  const resolved = clusters.map(resolveCluster);
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
    out.push({ ...s });
  }
  return out;
}
