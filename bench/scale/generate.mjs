#!/usr/bin/env node
// Writes a synthetic tracking sheet (DESIGN.md, "Tracking-sheet import") of N cases to stdout:
// ten years of reports (2016-2025), one to three people per case drawn from a pool of about N/3
// person code names (so people recur across cases, as in a real register), every outcome class.
// Deterministic for a given N.   node bench/scale/generate.mjs 10000 > /tmp/sheet-10k.csv
const n = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(n) || n <= 0) throw new Error('usage: generate.mjs CASES');
let seed = 12345;
const r = (k) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % k);
const out = ['Date of Report,Case Code Name,Person Code Name,Status,Resolution Source,Resolution Date,Safety Risk,Ongoing Harassment,Consequences,Documents'];
const pool = Math.max(10, Math.floor(n / 3));
const actions = ['Warning', 'First Suspension', 'Second Suspension', 'Ban', 'Other'];
const calm = ['Not a violation', 'Out of scope', 'No action taken'];
const sources = ['CoC WG', 'DSF Board', 'Local Event Reps'];
let lines = 0;
const flush = () => {
  process.stdout.write(out.join('\n') + '\n');
  out.length = 0;
};
for (let i = 0; i < n; i++) {
  const year = 2016 + r(10);
  const month = 1 + r(12);
  const day = 1 + r(28);
  const date = `${month}/${day}/${year}`;
  const ongoing = r(10) === 0;
  const acted = !ongoing && r(2) === 0;
  const source = ongoing ? '' : acted ? sources[r(3)] : 'CoC WG';
  const resolved = ongoing ? '' : `${year}-12-31`;
  const people = 1 + r(3);
  const seen = new Set();
  for (let j = 0; j < people; j++) {
    let p = r(pool);
    while (seen.has(p)) p = (p + 1) % pool;
    seen.add(p);
    const consequence = ongoing ? '' : j === 0 && acted ? actions[r(5)] : calm[r(3)];
    const first = j === 0;
    out.push(
      [
        first ? date : '',
        `case ${i}`,
        `Person ${p}`,
        first ? (ongoing ? 'Ongoing' : 'Resolved') : '',
        first ? source : '',
        first ? resolved : '',
        first ? (r(2) ? 'Yes' : 'No') : '',
        first ? ['Yes', 'No', 'Maybe'][r(3)] : '',
        consequence,
        first && r(5) === 0 ? `"doc-${i}.pdf"` : '',
      ].join(','),
    );
    lines++;
  }
  if (out.length > 5000) flush();
}
flush();
process.stderr.write(`${n} cases, ${lines} rows\n`);
