// Decision 022: with every half-year published, every year's annual report publishes (exact
// headline). A table no protection makes safe is withheld, the report says so in a note, the
// audit passes on what is published, and nothing of the withheld table reaches the public view.
// CANDOR_ANNUAL_DEMO_CASES runs the same check on a larger demo by hand (record 022: 1,000 cases).
import { describe, expect, it } from 'vitest';
import { withheldNote } from '../../../src/reports/annual/build-annual';
import { publicView } from '../../../src/reports/model';
import { createDemoOrganisation } from '../../../src/services/demo/create-demo-organisation';
import { auditPublication } from '../../../src/services/publications/audit-publication';
import { draftAnnualReport } from '../../../src/services/publications/draft-annual-report';
import { findPublication } from '../../../src/services/publications/store';
import { freshContext } from '../../helpers/db';
import { publishApproved } from '../../helpers/public-text';

const NOW = new Date('2026-07-15T12:00:00Z');
const CASES = Number(process.env.CANDOR_ANNUAL_DEMO_CASES ?? 40);

describe('annual reports after every half-year is published', () => {
  it(`publish every year of a ${CASES}-case demo, withholding only what cannot be shown safely`, async () => {
    const started = Date.now();
    const ctx = await freshContext({ now: () => NOW });
    const demo = await createDemoOrganisation(ctx, { cases: CASES });
    expect(demo.releases).toBe(11); // 2021-H1 … 2026-H1: every ended half-year published
    const outcome: Record<number, { withheld: number; ms: number }> = {};
    for (let year = 2021; year <= 2025; year++) {
      const t0 = Date.now();
      const draft = await draftAnnualReport(ctx, { year });
      expect(draft.protection.problems, `${year}`).toEqual([]);
      expect(draft.passes, `${year}`).toBe(true);
      await publishApproved(ctx, draft.id);
      const row = await findPublication(ctx, draft.id);
      expect(row.state).toBe('published');
      const audit = await auditPublication(ctx, { period: String(year) });
      expect(audit.report.passes, `${year}`).toBe(true);
      if (row.content.schema !== 'candor.annual/1') throw new Error('not an annual report');
      const view = publicView(row);
      expect(view.tables.some((t) => t.id === 'headline')).toBe(true);
      const withheld = draft.protection.withheld ?? [];
      for (const line of withheld) {
        const title = /^Withheld "([^"]+)"/.exec(line)?.[1] ?? '';
        expect(view.tables.some((t) => t.title === title)).toBe(false);
        expect(view.notes).toContain(withheldNote(title));
      }
      outcome[year] = { withheld: withheld.length, ms: Date.now() - t0 };
    }
    // At the default size the 2025 report needs a table withheld (measured): the fallback runs
    // through the service, not only in the pure replay.
    if (!process.env.CANDOR_ANNUAL_DEMO_CASES) expect(Object.values(outcome).reduce((n, o) => n + o.withheld, 0)).toBeGreaterThan(0);
    if (process.env.CANDOR_ANNUAL_DEMO_CASES) console.log(JSON.stringify({ cases: CASES, totalMs: Date.now() - started, outcome }));
  }, 1_800_000);
});
