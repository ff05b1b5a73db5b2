// kill -9 of the real server while reporters submit at once, on the embedded database: every
// receipt that was shown still opens its report after the restart, and every stored report is
// complete (case, sealed narrative, the person named, the attachment, the receipt's hash) and was
// sent by one of the reporters, so no half-written case exists. bench/intake/crash.ts runs the
// same round by hand with 200 reporters and on PostgreSQL too.
import { describe, expect, it } from 'vitest';
import { crashRound } from '../../bench/intake/crash-run';

describe('report submissions survive kill -9', { timeout: 240_000 }, () => {
  it('keeps every report whose receipt was shown, and nothing half-written', async () => {
    const outcome = await crashRound('pglite', 24);
    // The kill came while reporters were still waiting (else the round proves nothing).
    expect(outcome.killedAfterReceipts).toBeGreaterThan(0);
    expect(outcome.shown).toBeLessThan(outcome.sent);
    expect(outcome.problems).toEqual([]);
    expect(outcome.portalFailures).toEqual([]);
    expect(outcome.stored).toBeGreaterThanOrEqual(outcome.shown);
  });
});
