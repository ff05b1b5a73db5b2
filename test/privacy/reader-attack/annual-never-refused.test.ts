// Decision 022: a group that publishes every six months can always publish its annual report.
// Small random registers (the ones whose annual report protection used to refuse) are published
// as the service does — both halves, then the year, annual tables withheld when no protection
// makes them safe — and then attacked from the served records. The year is never refused, a
// withheld table shows no figure (only the public note), and nothing published leaks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withheldNote } from '../../../src/reports/annual/build-annual';
import { attackPublished } from './attacker';
import { publishAll } from './publish-pure';
import { organisation, YEAR } from './random-register';

const RUNS = 80;

describe('annual reports of small random registers', () => {
  it('are always published, withheld tables carry only a note, and the reader attack finds nothing', async () => {
    let withheld = 0;
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(organisation, fc.constantFrom(2, 3), async (snapshot, k) => {
        const world = await publishAll(snapshot, { k, headline: 'exact' }, [YEAR]);
        expect(world.refused).toEqual([]);
        const annual = world.stored.find((s) => s.kind === 'annual');
        expect(annual?.content.schema).toBe('candor.annual/1');
        if (annual?.content.schema !== 'candor.annual/1') return;
        // The headline always stays; every withheld table is gone from what is served and
        // explained by its note, which names no figure.
        expect(annual.content.release.tables.some((t) => t.id === 'headline')).toBe(true);
        for (const w of world.withheld) {
          const title = w.slice(`${YEAR}: `.length);
          expect(annual.content.release.tables.some((t) => t.title === title)).toBe(false);
          expect(annual.content.notes).toContain(withheldNote(title));
          expect(withheldNote(title)).not.toMatch(/\d/);
        }
        withheld += world.withheld.length;
        const result = await attackPublished(world.served, { k, headline: { kind: 'exact' } });
        checked += result.checked;
        expect(result.consistent).toBe(true);
        expect(result.unmodelled).toEqual([]);
        expect(result.findings).toEqual([]);
      }),
      { numRuns: RUNS, seed: 22 },
    );
    // Worth something only if tables were in fact withheld and figures attacked.
    expect(withheld).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(RUNS * 5);
  }, 900_000);
});
