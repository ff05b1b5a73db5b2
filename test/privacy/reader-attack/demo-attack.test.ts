// The reader's attack on the demo organisation's public site: every half-year and every year
// published, everything downloaded from the site as a reader would, attacked as one system.
// It must find no "<k" figure proven to be at least 1 or pinned to one value.
import { describe, expect, it } from 'vitest';
import { createDemoOrganisation } from '../../../src/services/demo/create-demo-organisation';
import { draftAnnualReport } from '../../../src/services/publications/draft-annual-report';
import { freshContext } from '../../helpers/db';
import { publishApproved } from '../../helpers/public-text';
import { appFor, TestClient } from '../../web/helpers/client';
import { attackPublished } from './attacker';
import { publicRulesOf, publishedReleases } from './published-site';

const NOW = new Date('2026-07-15T12:00:00Z');

async function publishedDemo(cases: number) {
  const ctx = await freshContext({ now: () => NOW });
  const demo = await createDemoOrganisation(ctx, { cases });
  const refused: number[] = [];
  for (let year = 2021; year <= 2025; year++) {
    const draft = await draftAnnualReport(ctx, { year });
    if (draft.passes) await publishApproved(ctx, draft.id);
    else refused.push(year);
  }
  const site = new TestClient(appFor(ctx));
  return { demo, refused, releases: await publishedReleases(site), rules: await publicRulesOf(site) };
}

describe('the reader attacks the demo organisation from its public site', () => {
  for (const cases of [150, 500]) {
    it(`${cases} cases, every half-year and year published: no masked figure is uncovered`, async () => {
      const { demo, refused, releases, rules } = await publishedDemo(cases);
      expect(demo.releases).toBe(11); // 2021-H1 … 2026-H1, all ended by NOW
      expect(refused).toEqual([]);
      expect(releases.filter((r) => r.kind === 'annual')).toHaveLength(5);
      const result = await attackPublished(releases, rules);
      expect(result.unmodelled).toEqual([]);
      expect(result.checked).toBeGreaterThan(100);
      expect(result.findings).toEqual([]);
    }, 900_000);
  }
});
