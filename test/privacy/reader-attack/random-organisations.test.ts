// The reader attack on 200 random organisations: random registers built at the pure level,
// published as the publishing service does (both halves, then the year), rendered to the release
// records the site serves, and attacked from those alone. No "<k" figure may be proven at least 1
// or pinned. Protection may refuse a release (it then stays a draft); refusals are counted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../src/domain/case-lifecycle';
import type { Consequence } from '../../../src/domain/outcomes';
import type { ReportCase, ReportSpace, RegisterSnapshot } from '../../../src/reports/register';
import { attackPublished } from './attacker';
import { publishAll } from './publish-pure';

const YEAR = 2025;
const RUNS = 200;
const CATEGORY_POOL = ['Harassment', 'Discrimination', 'Spam', 'Threats'];
const OUTCOMES: readonly (Consequence | null)[] = ['warning', 'first_suspension', 'ban', 'other', 'no_action', 'out_of_scope', 'not_violation', null];

const space = fc.record({
  kind: fc.constantFrom<ReportSpace['kind']>('online', 'event', 'affiliated'),
  groupName: fc.constantFrom('Online spaces', 'Events', 'Partners'),
  publishesOwnReport: fc.constant(false),
});

const organisation = fc
  .record({
    spaces: fc.uniqueArray(space, { minLength: 1, maxLength: 2, selector: (s) => `${s.kind}|${s.groupName}` }),
    ownReport: fc.boolean(),
    categories: fc.subarray(CATEGORY_POOL, { minLength: 1, maxLength: 2 }),
  })
  .chain(({ spaces, ownReport, categories }) => {
    const all: ReportSpace[] = spaces.map((s, i) => ({ ...s, name: `Space ${i}` }));
    if (ownReport) all.push({ name: 'Big Conference', kind: 'event', groupName: 'Events', publishesOwnReport: true });
    const aCase = fc.record({
      day: fc.integer({ min: 0, max: 364 }),
      ongoing: fc.boolean(),
      source: fc.constantFrom<ReportCase['resolutionSource']>('working_group', 'local', 'none'),
      channel: fc.constantFrom(...CHANNELS),
      categories: fc.subarray([...categories, 'Retired category'], { maxLength: 2 }),
      spaces: fc.subarray(all, { maxLength: Math.min(2, all.length) }),
      people: fc.array(fc.record({ consequence: fc.constantFrom(...OUTCOMES), flagged: fc.boolean(), named: fc.boolean() }), { maxLength: 2 }),
    });
    return fc.record({ spaces: fc.constant(all), categories: fc.constant(categories), cases: fc.array(aCase, { maxLength: 16 }) });
  })
  .map(({ spaces, categories, cases }): RegisterSnapshot => ({
    spaces,
    categories,
    reconsiderations: [],
    urgentActions: [],
    cases: cases.map((c, i): ReportCase => {
      const receivedOn = new Date(Date.UTC(YEAR, 0, 1 + c.day)).toISOString().slice(0, 10);
      const ongoing = c.ongoing;
      return {
        receivedOn,
        status: ongoing ? 'ongoing' : 'resolved',
        resolutionSource: c.source,
        channel: c.channel,
        categories: c.categories,
        spaces: c.spaces,
        acknowledgedOn: receivedOn,
        resolvedOn: ongoing ? null : receivedOn,
        people: c.people.map((p) => ({ named: p.named, consequence: p.consequence, flagged: p.flagged })),
      };
    }),
  }));

describe('the reader attack on random organisations', () => {
  it('uncovers no masked figure in what 200 random organisations publish', async () => {
    let refused = 0;
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(organisation, fc.constantFrom(2, 3), async (snapshot, k) => {
        const world = await publishAll(snapshot, { k, headline: 'exact' }, [YEAR]);
        refused += world.refused.length;
        const result = await attackPublished(world.served, { k, headline: { kind: 'exact' } });
        checked += result.checked;
        expect(result.consistent).toBe(true);
        expect(result.unmodelled).toEqual([]);
        expect(result.findings).toEqual([]);
      }),
      { numRuns: RUNS, seed: 11 },
    );
    // The property is only worth something if releases were published and attacked. Small
    // registers often leave an annual report refused (nothing large enough is left to hide):
    // not a leak, but a dead end (see the report of this change).
    expect(checked).toBeGreaterThan(RUNS * 5);
    expect(refused).toBeLessThan(RUNS);
  }, 900_000);
});
