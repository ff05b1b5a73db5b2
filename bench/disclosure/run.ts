// Benchmark: the disclosure audit of a full annual release, with all its six-monthly
// releases and every earlier year's releases as constraints, must take under one second.
// Run: npx tsx bench/disclosure/run.ts
import { auditRelease, protectRelease, type Release } from '../../src/privacy/disclosure';
import { loadSolver } from '../../src/privacy/disclosure/solver';
import { annual, buildTruth, sixMonthly } from './scenario';

const YEARS = [2021, 2022, 2023, 2024, 2025];
const current = YEARS[YEARS.length - 1]!;
const truth = buildTruth(YEARS);

const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
};

const [, loadMs] = await time(() => loadSolver());

// Earlier years are published as they would have been: protected, then kept as history.
const history: Release[] = [];
const [, setupMs] = await time(async () => {
  for (const y of YEARS.slice(0, -1)) {
    history.push(sixMonthly(y, 'H1', truth), sixMonthly(y, 'H2', truth));
    history.push((await protectRelease({ history, candidate: annual(y, truth), truth })).release);
  }
  history.push(sixMonthly(current, 'H1', truth), sixMonthly(current, 'H2', truth));
});

const candidate = annual(current, truth);
const masked = candidate.tables.flatMap((t) => t.cells).filter((c) => c.value.kind === 'small').length;
const cells = candidate.tables.flatMap((t) => t.cells).length;

const runs: number[] = [];
let report = await auditRelease({ history, candidate, truth });
for (let i = 0; i < 5; i++) {
  const [r, ms] = await time(() => auditRelease({ history, candidate, truth }));
  report = r;
  runs.push(ms);
}
const [protectedResult, protectMs] = await time(() => protectRelease({ history, candidate, truth }));
const [finalAudit, finalMs] = await time(() => auditRelease({ history, candidate: protectedResult.release, truth }));

const worst = Math.max(...runs);
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(`history: ${history.length} releases (${YEARS.length - 1} earlier years + ${current} H1 and H2), built in ${fmt(setupMs)}`);
console.log(`candidate: ${candidate.title}, ${cells} cells, ${masked} masked below k`);
console.log(`solver load (once per process, not in the audit times): ${fmt(loadMs)}`);
console.log(`audit of the naive release: ${runs.map(fmt).join(', ')} (worst ${fmt(worst)}); passes=${report.passes}, ` +
  `${report.cells.length} masked cells, ${JSON.stringify(report.stats)}`);
console.log(`protectRelease: ${fmt(protectMs)}, ${protectedResult.changes.length} changes, passes=${protectedResult.passes}`);
for (const change of protectedResult.changes) console.log(`  - ${change.explanation}`);
console.log(`audit of the protected release: ${fmt(finalMs)}; passes=${finalAudit.passes}, ${JSON.stringify(finalAudit.stats)}`);
if (worst >= 1000 || finalMs >= 1000) {
  console.log('FAIL: an audit took one second or more');
  process.exitCode = 1;
} else {
  console.log('OK: every audit under one second');
}
