// The Atom feed of every publication (every version). Timestamps are coarsened to the first day
// of the month of publication: public outputs carry periods, not precise dates.
import type { PublicPublication } from '../model';

export interface FeedEntry {
  readonly publication: PublicPublication;
  readonly publishedAt: Date;
  readonly path: string;
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const monthOf = (d: Date): string => `${d.toISOString().slice(0, 7)}-01T00:00:00Z`;

export function atomFeed(args: { organisation: string; baseUrl: string; entries: readonly FeedEntry[] }): string {
  const base = args.baseUrl.replace(/\/$/, '');
  const entries = [...args.entries].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.publication.key.localeCompare(a.publication.key));
  const updated = entries[0] ? monthOf(entries[0].publishedAt) : '2000-01-01T00:00:00Z';
  const host = new URL(base).host;
  const items = entries.map((e) => {
    const p = e.publication;
    const title = p.version > 1 ? `${p.title} (correction, version ${p.version})` : p.title;
    const summary = p.kind === 'stats' ? `Statistics for ${p.key} are published.` : `The transparency report for ${p.key} is published.`;
    return [
      '  <entry>',
      `    <id>tag:${xml(host)},2024:${p.kind}/${xml(p.key)}/v${p.version}</id>`,
      `    <title>${xml(title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(base + e.path)}"/>`,
      `    <updated>${monthOf(e.publishedAt)}</updated>`,
      `    <summary>${xml(p.note ? `${summary} ${p.note}` : summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>tag:${xml(host)},2024:publications</id>`,
    `  <title>${xml(args.organisation)}: Code of Conduct statistics and transparency reports</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(base)}/feed.atom"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(base)}/"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(args.organisation)}</name></author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
