// Report submissions through the real form at C concurrent reporters, beside the bare node:http
// hello-world measured before and after in the same run (bench/scale/load.mjs for both).
//
//   npx tsx bench/intake/throughput.ts [pglite|postgres …] [SECONDS=10] [CLIENTS=64]
//
// One submission = what a browser does: GET /report (cookie and form token), then POST the
// multipart form (an 800-character narrative, one named person, a 4 KB text attachment) and read
// the receipt code. Each reporter sends at most 5 reports from one loopback address (the form's
// limit per client and 10 minutes), then moves to the next address: the limit stays on and is
// never hit. Prints one JSON line per measurement, with the load average.
import type http from 'node:http';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { closedLoop, loadGet } from '../scale/load.mjs';
import { agentFrom, loopbackAddress, openReportForm, sendReport } from './reporter';
import { newRegister, serve, startBare, type Engine } from './servers';

const args = process.argv.slice(2);
const engines = args.filter((a): a is Engine => a === 'pglite' || a === 'postgres');
const [seconds = 10, clients = 64] = args.filter((a) => /^\d+$/.test(a)).map(Number);
const PER_ADDRESS = 5;

const narrative = (n: number) => `Report ${n}. ${'At the evening social he kept standing too close and touched my back after I asked him to stop. '.repeat(8)}`.slice(0, 800);
const attachment = { name: 'chat.txt', text: 'line of the chat log that shows what was said\n'.repeat(90) };
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const print = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ ...line, load: load() })}\n`);

async function submissions(base: string, secs: number, firstAddress: number) {
  let next = firstAddress;
  const state = Array.from({ length: clients }, () => ({ agent: null as http.Agent | null, used: PER_ADDRESS }));
  const posts: number[] = [];
  const result = await closedLoop({
    connections: clients,
    seconds: secs,
    once: async (i: number) => {
      const s = state[i]!;
      if (s.used >= PER_ADDRESS) {
        s.agent?.destroy();
        s.agent = agentFrom(loopbackAddress(next++));
        s.used = 0;
      }
      s.used++;
      const form = await openReportForm(base, s.agent!);
      const t = performance.now();
      const sent = await sendReport(base, form, { whatHappened: narrative(next), peopleInvolved: 'Sam Example', file: attachment }, s.agent!);
      posts.push(performance.now() - t);
      return sent.status === 200 && sent.receipt !== null;
    },
  });
  for (const s of state) s.agent?.destroy();
  posts.sort((a, b) => a - b);
  const at = (q: number) => Number((posts[Math.min(posts.length - 1, Math.floor(q * posts.length))] ?? NaN).toFixed(1));
  return { ...result, submissionsPerSecond: result.requestsPerSecond, postP50ms: at(0.5), postP99ms: at(0.99), addressesUsed: next - firstAddress, nextAddress: next };
}

for (const engine of engines.length ? engines : (['pglite', 'postgres'] as Engine[])) {
  const register = await newRegister(engine);
  const bare = await startBare();
  const server = await serve(register);
  try {
    await loadGet(bare.url, 3, clients); // warm-up
    const warm = await submissions(server.url, 3, 0);
    const before = await loadGet(bare.url, seconds, clients);
    print({ engine, what: 'bare node:http (before)', requestsPerSecond: before.requestsPerSecond, p50ms: before.p50ms, p99ms: before.p99ms, notOk: before.notOk });
    const { nextAddress: _, ...intake } = await submissions(server.url, seconds, warm.nextAddress);
    print({ engine, what: 'report submission (GET form + POST)', ...intake });
    const after = await loadGet(bare.url, seconds, clients);
    print({ engine, what: 'bare node:http (after)', requestsPerSecond: after.requestsPerSecond, p50ms: after.p50ms, p99ms: after.p99ms, notOk: after.notOk });
    const bareMean = (before.requestsPerSecond + after.requestsPerSecond) / 2;
    print({ engine, what: 'ratio', submissionsToBare: Number((intake.submissionsPerSecond / bareMean).toFixed(4)), requestsToBare: Number(((2 * intake.submissionsPerSecond) / bareMean).toFixed(4)) });
  } finally {
    await server.stop();
    bare.stop();
    await register.remove();
  }
}
