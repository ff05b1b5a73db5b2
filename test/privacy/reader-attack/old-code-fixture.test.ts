// The attacker is known to work: on what the code of commit aef98be published for its demo
// (rows shown only when something happened in them; suppression by the size of figures), it
// uncovers masked figures, as the independent attack of issue 11 did.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attackPublished, parseRelease } from './attacker';

const fixture = (name: string) => {
  const f = JSON.parse(readFileSync(new URL(`../../fixtures/reader-attack/${name}.json`, import.meta.url), 'utf8')) as { k: number; releases: unknown[] };
  return { releases: f.releases.map((r) => parseRelease(JSON.stringify(r))), rules: { k: f.k, headline: { kind: 'exact' as const } } };
};

describe('the reader attack on the output of older code', () => {
  it('proves "<3" figures to be at least 1 from rows shown only when non-empty (60-case demo)', async () => {
    const { releases, rules } = fixture('aef98be-demo-60');
    const result = await attackPublished(releases, rules);
    expect(result.consistent).toBe(true);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings).toContainEqual({ source: 'annual 2021 v1 › space-outcome › DevCon 2024 × Total', display: '<3', min: 1, max: 2, kind: 'at-least-one' });
  }, 300_000);

  it('pins "<3" figures from the published sums (220-case demo)', async () => {
    const { releases, rules } = fixture('aef98be-demo-220');
    const result = await attackPublished(releases, rules);
    expect(result.findings.filter((f) => f.kind === 'pinned').length).toBeGreaterThan(10);
  }, 300_000);
});
