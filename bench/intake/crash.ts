// kill -9 during concurrent report submissions, then check what survived (bench/intake/crash-run.ts).
//
//   npx tsx bench/intake/crash.ts [pglite|postgres …] [REPORTERS=200] [ROUNDS=1]
//
// Prints one JSON line per round and exits 1 if any round found a problem.
import { crashRound } from './crash-run';
import type { Engine } from './servers';

const args = process.argv.slice(2);
const engines = args.filter((a): a is Engine => a === 'pglite' || a === 'postgres');
const [reporters = 200, rounds = 1] = args.filter((a) => /^\d+$/.test(a)).map(Number);
let failed = false;
for (const engine of engines.length ? engines : (['pglite', 'postgres'] as Engine[])) {
  for (let r = 0; r < rounds; r++) {
    const outcome = await crashRound(engine, reporters, (l) => process.stderr.write(`${l}\n`));
    process.stdout.write(`${JSON.stringify(outcome)}\n`);
    if (outcome.problems.length || outcome.portalFailures.length) failed = true;
  }
}
process.exit(failed ? 1 : 0);
