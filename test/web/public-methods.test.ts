// The public methods section: readers are told which small-count rule applies to which table,
// following the configured headline policy, so "<k" and "x" mean something to them.
import { describe, expect, it } from 'vitest';
import { freshContext } from '../helpers/db';
import { completeSetupDirectly } from '../helpers/members';
import { appFor, TestClient } from './helpers/client';

const NOW = () => new Date('2026-03-01T12:00:00Z');

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The methods section's rules as [tables, rule] pairs, read from the page's HTML. */
function rulesOn(html: string): [string, string][] {
  const section = /<section aria-labelledby="small-counts">([\s\S]*?)<\/section>/.exec(html)?.[1];
  if (!section) return [];
  return [...section.matchAll(/<dt>([\s\S]*?)<\/dt><dd>([\s\S]*?)<\/dd>/g)].map((m) => [decode(m[1]!), decode(m[2]!)]);
}

async function statisticsPageRules(headline: 'exact', k: number): Promise<[string, string][]> {
  const ctx = await freshContext({ now: NOW, config: { disclosure: { k, headline } } });
  await completeSetupDirectly(ctx);
  const client = new TestClient(appFor(ctx));
  expect((await client.get('/statistics')).status).toBe(200);
  expect(client.lastHtml).toContain('How small numbers are shown');
  return rulesOn(client.lastHtml);
}

describe('the public methods section', () => {
  it('states the headline rule of the configured policy and the breakdown rule with its k', async () => {
    const headlineOf = (rules: [string, string][]) => rules.find(([t]) => t.startsWith('Six-monthly statistics'))?.[1];
    const breakdownOf = (rules: [string, string][]) => rules.find(([t]) => t.includes('break reports down'))?.[1];

    const exact = await statisticsPageRules('exact', 4);
    expect(headlineOf(exact)).toMatch(/shown exactly, small ones and zeros included/);
    expect(breakdownOf(exact)).toContain('Every figure below 4, zero included, is shown as "<4"');
    expect(breakdownOf(exact)).toContain('Not recorded');

    expect(exact.some(([, r]) => r.includes('"x"'))).toBe(true);
    expect(exact.some(([, r]) => r.includes('not published: too few reports to show safely'))).toBe(true);
  });
});
