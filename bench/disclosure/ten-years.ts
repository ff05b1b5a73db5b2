// Benchmark (issue 11): the full disclosure audit over ten years of releases of an organisation
// with 5,000 cases. `--prepare FILE` publishes everything once (every half-year, then every year,
// through the same build and protection as publishing) and saves the releases and true values;
// without it, FILE is loaded and the full audit runs: every masked cell of every release, all
// releases as one system, through auditRelease with the latest annual report as the candidate
// and every other release as history, plus the attacker bounds of every earlier masked cell.
// Run:  npx tsx bench/disclosure/ten-years.ts --prepare /tmp/ten-years.json
//       npx tsx bench/disclosure/ten-years.ts /tmp/ten-years.json
import { readFileSync, writeFileSync } from 'node:fs';
import { CHANNELS } from '../../src/domain/case-lifecycle';
import type { Consequence } from '../../src/domain/outcomes';
import { auditRelease, isMasked, type Release } from '../../src/privacy/disclosure';
import { attackerBounds } from '../../src/privacy/disclosure/attacker-bounds';
import { atomKey, collectConstraints } from '../../src/privacy/disclosure/constraints';
import type { ReportCase, ReportSpace, RegisterSnapshot } from '../../src/reports/register';

const YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i);
const CASES = 5000;

function register(): RegisterSnapshot {
  let s = 11;
  const rnd = () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const spaces: ReportSpace[] = [
    ...['Forum', 'Chat', 'Issue tracker', 'Mailing lists'].map((name) => ({ name, kind: 'online' as const, groupName: 'Online spaces', publishesOwnReport: false })),
    ...['Meetup A', 'Meetup B', 'Summit'].map((name) => ({ name, kind: 'event' as const, groupName: 'Regional events', publishesOwnReport: false })),
    { name: 'Annual Conference', kind: 'event', groupName: 'Regional events', publishesOwnReport: true },
    { name: 'Partner project', kind: 'affiliated', groupName: 'Affiliated projects', publishesOwnReport: false },
  ];
  const categories = ['Harassment', 'Sexual harassment', 'Discrimination', 'Threats', 'Personal attacks', 'Doxxing', 'Disruption', 'Spam'];
  const outcomes: (Consequence | null)[] = ['warning', 'warning', 'first_suspension', 'ban', 'other', 'no_action', 'no_action', 'out_of_scope', 'not_violation'];
  const cases: ReportCase[] = Array.from({ length: CASES }, (_, i) => {
    const year = pick(YEARS);
    const receivedOn = new Date(Date.UTC(year, 0, 1 + Math.floor(rnd() * 365))).toISOString().slice(0, 10);
    const ongoing = year === 2025 && rnd() < 0.05;
    const consequence = pick(outcomes);
    return {
      receivedOn,
      status: ongoing ? 'ongoing' : 'resolved',
      resolutionSource: rnd() < 0.2 ? 'local' : 'working_group',
      channel: pick(CHANNELS),
      categories: rnd() < 0.1 ? [pick(categories), pick(categories)] : rnd() < 0.03 ? [] : [pick(categories)],
      spaces: rnd() < 0.08 ? [pick(spaces), pick(spaces)] : rnd() < 0.03 ? [] : [pick(spaces)],
      acknowledgedOn: receivedOn,
      resolvedOn: ongoing ? null : receivedOn,
      people: [{ named: true, consequence, flagged: rnd() < 0.1 }],
    };
  });
  return { cases, spaces, categories, reconsiderations: [], urgentActions: [] };
}

const file = process.argv.at(-1)!;
if (process.argv.includes('--prepare')) {
  const { publishAll } = await import('../../test/privacy/reader-attack/publish-pure');
  const t = performance.now();
  const world = await publishAll(register(), { k: 3, headline: 'exact' }, YEARS);
  const truth = Object.assign({}, ...world.stored.map((s) => s.content.truth)) as Record<string, number>;
  writeFileSync(file, JSON.stringify({ releases: world.stored.map((s) => s.content.release), truth, refused: world.refused }));
  console.log(`published ${world.stored.length} releases (${world.refused.length} refused: ${world.refused.join(', ') || 'none'}) in ${((performance.now() - t) / 1000).toFixed(0)} s`);
} else {
  const { releases, truth } = JSON.parse(readFileSync(file, 'utf8')) as { releases: Release[]; truth: Record<string, number> };
  const candidate = releases.at(-1)!;
  const t = performance.now();
  const report = await auditRelease({ history: releases.slice(0, -1), candidate, truth });
  const auditMs = performance.now() - t;
  // The audit re-solves only parts the candidate touches; the earlier years' masked cells are
  // bounded here too, so every masked cell of ten years is checked in this run.
  const targets = releases.flatMap((r) => r.tables.flatMap((tb) => tb.cells.filter((c) => isMasked(c.value)).map((c) => c.atoms)));
  const all = await attackerBounds(collectConstraints(releases), targets, truth);
  const primary = releases.flatMap((r) => r.tables.flatMap((tb) => tb.cells.filter((c) => c.value.kind === 'small').map((c) => atomKey(c.atoms))));
  const bad = primary.filter((k) => { const b = all.bounds.get(k); return b !== undefined && (b.min > 0 || b.max === 0); }).length;
  console.log(`${releases.length} releases, ${targets.length} masked cells; audit passes=${report.passes}; "<k" cells proven ≥ 1 or pinned: ${bad}; audit of the last annual report against the rest ${auditMs.toFixed(0)} ms; with every earlier masked cell bounded too ${(performance.now() - t).toFixed(0)} ms`);
  if (!report.passes) process.exitCode = 1;
}
