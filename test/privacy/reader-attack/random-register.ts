// Random registers for property tests of publishing: one year (2025) of up to 16 cases in one or
// two space groups (sometimes a space with its own report), one or two categories plus a retired
// one, random outcomes, channels and people.
import fc from 'fast-check';
import { CHANNELS } from '../../../src/domain/case-lifecycle';
import type { Consequence } from '../../../src/domain/outcomes';
import type { ReportCase, ReportSpace, RegisterSnapshot } from '../../../src/reports/register';

export const YEAR = 2025;
const CATEGORY_POOL = ['Harassment', 'Discrimination', 'Spam', 'Threats'];
const OUTCOMES: readonly (Consequence | null)[] = ['warning', 'first_suspension', 'ban', 'other', 'no_action', 'out_of_scope', 'not_violation', null];

const space = fc.record({
  kind: fc.constantFrom<ReportSpace['kind']>('online', 'event', 'affiliated'),
  groupName: fc.constantFrom('Online spaces', 'Events', 'Partners'),
  publishesOwnReport: fc.constant(false),
});

export const organisation = fc
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
