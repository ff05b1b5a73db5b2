// Evaluation and throughput of the redaction engine and the libraries it is compared with.
// Run: npx tsx bench/redaction/run.ts [--errors dev|dev2|dev3|realworld] [--quick]
//      npx tsx bench/redaction/run.ts --score dev2 [--candor-only]   (one set's table only)
//      npx tsx bench/redaction/run.ts --throughput-only [--generated] [--candor-only] [--repeat N] [--quick]
// Prints Markdown tables (copied into README.md). Not part of the test run.
// --throughput-only skips scoring and measures on the evaluation texts, or on generated texts
// of the same kind (generated.ts) when the data files are missing or --generated is given.
import { existsSync } from 'node:fs';
import { LABELS } from '../../src/privacy/redaction';
import { emptyScore, precision, ratio, scoreText, type Score } from '../../src/privacy/redaction/evaluation/score';
import { loadSet, type EvalText } from './load';
import { generatedSet } from './generated';
import { candor, candorNoParties, systems, type System } from './systems';

const args = process.argv.slice(2);
const dataFiles = ['dev.txt', 'heldout.txt'].map((f) => new URL(`./data/${f}`, import.meta.url));
const useGenerated = args.includes('--throughput-only') && (args.includes('--generated') || !dataFiles.every((f) => existsSync(f)));
const dev = useGenerated ? [] : loadSet('dev.txt');
const heldout = useGenerated ? [] : loadSet('heldout.txt');
// Second development set (written after dev.txt had been used for tuning); optional.
const optionalSet = (file: string) => (useGenerated || !existsSync(new URL(`./data/${file}`, import.meta.url)) ? [] : loadSet(file));
const dev2 = optionalSet('dev2.txt');
// Third development set (written after dev2 had been used for tuning); optional.
const dev3 = optionalSet('dev3.txt');
// Real-world-style documents (issue threads, list archives, IRC logs, chat, forums), longer than
// the other sets: a development part and a held-out part that is only scored.
const realworld = optionalSet('realworld.txt');
const realworldHeldout = optionalSet('realworld-heldout.txt');
const out = (s: string) => process.stdout.write(`${s}\n`);

async function evaluate(system: System, set: readonly EvalText[]): Promise<Score> {
  const score = emptyScore();
  for (const t of set) scoreText(score, t.text, t.gold, await system.detect(t));
  return score;
}

const pct = (x: number) => (x * 100).toFixed(1);
const cell = (s: Score, label: string) => {
  const t = s.byLabel[label];
  return t === undefined ? '–' : `${pct(ratio(t))} (${t.found}/${t.total})`;
};

async function throughput(system: System, set: readonly EvalText[], seconds: number): Promise<{ first: number; short: number; long: number }> {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  // Short texts, one call each, as the app calls the engine.
  // CPU time of this process, not wall time: the machine may be shared with other work.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const setBytes = set.reduce((n, t) => n + bytes(t.text), 0);
  // The first pass over the texts includes the one-time warm-up (regular expressions
  // compiled, code optimised); it is reported apart, then the process warms up for a second
  // more, as a long-running server or a `candor redact` stream has, before measuring.
  const t1 = cpu();
  for (const t of set) await system.detect(t);
  const first = setBytes / 1e6 / (cpu() - t1);
  const warmUntil = cpu() + Math.min(1, seconds);
  while (cpu() < warmUntil) for (const t of set) await system.detect(t);
  let processed = 0;
  const started = cpu();
  while (cpu() - started < seconds) {
    for (const t of set) {
      await system.detect(t);
      processed += bytes(t.text);
    }
  }
  const short = processed / 1e6 / (cpu() - started);
  // One long document: all texts joined, repeated to about 1 MB (known parties of all texts).
  const joined = set.map((t) => t.text).join('\n\n');
  const big = joined.repeat(Math.max(1, Math.round(1e6 / bytes(joined))));
  const doc: EvalText = { id: 'long', kind: 'long', parties: set.flatMap((t) => t.parties), org: set.flatMap((t) => t.org), text: big, gold: [] };
  await system.detect(doc); // its own warm-up: long texts take other paths (one untimed run)
  const t0 = cpu();
  let runs = 0;
  do {
    await system.detect(doc);
    runs++;
  } while (cpu() - t0 < seconds / 2 && runs < 5);
  const long = (bytes(big) * runs) / 1e6 / (cpu() - t0);
  return { first, short, long };
}

function printErrors(set: readonly EvalText[]): void {
  for (const t of set) {
    const predicted = candor.detect(t) as ReturnType<typeof candor.detect> & Array<{ start: number; end: number; label: string; reason?: string }>;
    const covered = new Uint8Array(t.text.length);
    for (const p of predicted) covered.fill(1, p.start, p.end);
    for (const g of t.gold) {
      const miss = [...t.text.slice(g.start, g.end)].some((ch, i) => !/\s/.test(ch) && covered[g.start + i] === 0);
      if (miss) out(`MISS ${t.id} ${g.label}${g.known ? '*' : ''} ${JSON.stringify(t.text.slice(g.start, g.end))}`);
    }
    for (const p of predicted) {
      const inGold = t.gold.some((g) => g.start < p.end && p.start < g.end);
      const exact = t.gold.some((g) => g.start <= p.start && g.end >= p.end);
      if (!exact) out(`${inGold ? 'WIDE' : 'FP  '} ${t.id} ${p.label} ${JSON.stringify(t.text.slice(p.start, p.end))} — ${p.reason ?? ''}`);
    }
  }
}

function printThroughputHeader(): void {
  out('### Throughput (CPU time of one process, MB = 10^6 bytes of UTF-8)\n');
  out('| system | first pass over the texts (cold) | short texts, one call each (warm) | one ~1 MB document (warm) |');
  out('|---|---|---|---|');
}

async function throughputOnly(seconds: number): Promise<void> {
  const set = useGenerated ? generatedSet() : [...dev, ...heldout];
  const bytes = set.reduce((n, t) => n + Buffer.byteLength(t.text, 'utf8'), 0);
  out(`${useGenerated ? 'Generated texts (bench/redaction/generated.ts)' : 'Evaluation texts'}: ${set.length}, ${(bytes / set.length).toFixed(0)} bytes on average.\n`);
  printThroughputHeader();
  const chosen = args.includes('--candor-only') ? [candor, candorNoParties] : systems;
  // --repeat N measures every system N times in turn: later rounds show the engine warmed up
  // (regular expressions compiled, code optimised), the first includes that warm-up.
  const rounds = args.includes('--repeat') ? Math.max(1, Number(args[args.indexOf('--repeat') + 1]) || 1) : 1;
  for (let round = 1; round <= rounds; round++) {
    for (const s of chosen) {
      const { first, short, long } = await throughput(s, set, s.name.startsWith('compromise') || s.name.startsWith('openredaction') ? 1 : seconds);
      out(`| ${s.name}${rounds > 1 ? `, round ${round}` : ''} | ${first.toFixed(2)} MB/s | ${short.toFixed(2)} MB/s | ${long.toFixed(2)} MB/s |`);
    }
  }
}

async function main(): Promise<void> {
  if (args.includes('--throughput-only')) {
    await throughputOnly(args.includes('--quick') ? 1 : 3);
    return;
  }
  const errorsFor = args[args.indexOf('--errors') + 1];
  if (args.includes('--errors')) {
    if (errorsFor === 'heldout' || errorsFor === 'realworld-heldout') throw new Error('held-out sets are only scored: their errors are not listed');
    printErrors(errorsFor === 'dev2' ? dev2 : errorsFor === 'dev3' ? dev3 : errorsFor === 'realworld' ? realworld : dev);
    return;
  }
  const named: Record<string, readonly EvalText[]> = { dev, dev2, dev3, heldout, realworld, 'realworld-heldout': realworldHeldout };
  const only = args.includes('--score') ? args[args.indexOf('--score') + 1] : undefined;
  const sets: Array<[string, readonly EvalText[]]> =
    only !== undefined
      ? [[only, named[only] ?? []]]
      : [['dev', dev], ['held-out', heldout], ['all', [...dev, ...heldout]], ...(dev2.length > 0 ? [['dev2', dev2] as [string, readonly EvalText[]]] : []), ...(dev3.length > 0 ? [['dev3', dev3] as [string, readonly EvalText[]]] : []), ...(realworld.length > 0 ? [['realworld', realworld] as [string, readonly EvalText[]], ['realworld-heldout', realworldHeldout] as [string, readonly EvalText[]]] : [])];
  const spans = (set: readonly EvalText[]) => set.reduce((n, t) => n + t.gold.length, 0);
  out(`Texts: ${dev.length} dev + ${heldout.length} held-out (+ ${dev2.length} dev2, ${dev3.length} dev3, ${realworld.length} + ${realworldHeldout.length} real-world style); labeled spans: ${spans(dev) + spans(heldout)} (+ ${spans(dev2)}, ${spans(dev3)}, ${spans(realworld)} + ${spans(realworldHeldout)}).\n`);
  const scored = args.includes('--candor-only') ? [candor, candorNoParties] : systems;
  for (const [name, set] of sets) {
    out(`### ${name} (${set.length} texts)\n`);
    out(`| system | known parties | ${LABELS.join(' | ')} | overall recall | char precision |`);
    out(`|---|---|${LABELS.map(() => '---').join('|')}|---|---|`);
    for (const s of scored) {
      const score = await evaluate(s, set);
      out(`| ${s.name} | ${pct(ratio(score.known))} | ${LABELS.map((l) => cell(score, l)).join(' | ')} | **${pct(ratio(score.overall))}** | **${pct(precision(score))}** |`);
    }
    out('');
  }
  if (only !== undefined) return;
  const seconds = args.includes('--quick') ? 1 : 3;
  printThroughputHeader();
  for (const s of systems) {
    const all = [...dev, ...heldout];
    const { first, short, long } = await throughput(s, all, s.name.startsWith('compromise') || s.name.startsWith('openredaction') ? 1 : seconds);
    out(`| ${s.name} | ${first.toFixed(2)} MB/s | ${short.toFixed(2)} MB/s | ${long.toFixed(2)} MB/s |`);
  }
}

await main();
