#!/usr/bin/env node
// A small closed-loop load generator: C clients, each starting its next request as soon as the
// previous answer is read, for S seconds. As a command it GETs one URL over keep-alive connections
// and prints one JSON line: requests/s, p50 and p99 ms, and any non-200 answers.
//   node bench/scale/load.mjs URL [SECONDS=10] [CONNECTIONS=32]
// Other benchmarks import closedLoop() with their own request (bench/intake: a browser's report).
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

/**
 * Runs `once(client)` in a closed loop on `connections` clients for `seconds`. `once` resolves to
 * whether the answer was the expected one; its time is one latency sample either way.
 */
export async function closedLoop({ connections, seconds, once }) {
  const latencies = [];
  let bad = 0;
  const end = performance.now() + seconds * 1000;
  const loop = async (client) => {
    while (performance.now() < end) {
      const t = performance.now();
      const ok = await once(client).catch(() => false);
      latencies.push(performance.now() - t);
      if (!ok) bad++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, (_, i) => loop(i)));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    connections,
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / elapsed),
    p50ms: Number(at(0.5).toFixed(1)),
    p99ms: Number(at(0.99).toFixed(1)),
    notOk: bad,
  };
}

/** GETs `url` on `connections` keep-alive connections; the bare node:http yardstick and public pages. */
export async function loadGet(url, seconds, connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  let bytes = 0;
  const once = () =>
    new Promise((resolve) => {
      http
        .get(url, { agent }, (res) => {
          res.on('data', (d) => (bytes += d.length));
          res.on('end', () => resolve(res.statusCode === 200));
        })
        .on('error', () => resolve(false));
    });
  const result = await closedLoop({ connections, seconds, once });
  agent.destroy();
  return { url, ...result, bytesPerResponse: Math.round(bytes / Math.max(1, result.requests)) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [url, seconds = '10', connections = '32'] = process.argv.slice(2);
  if (!url) throw new Error('usage: load.mjs URL [SECONDS] [CONNECTIONS]');
  const { requests: _, ...line } = await loadGet(url, Number(seconds), Number(connections));
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
