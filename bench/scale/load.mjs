#!/usr/bin/env node
// A small closed-loop load generator: C connections (keep-alive), each sending its next GET as soon
// as the previous answer is read, for S seconds. Prints one JSON line: requests/s, p50 and p99 ms,
// and any non-200 answers.   node bench/scale/load.mjs URL [SECONDS=10] [CONNECTIONS=32]
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const [url, seconds = '10', connections = '32'] = process.argv.slice(2);
if (!url) throw new Error('usage: load.mjs URL [SECONDS] [CONNECTIONS]');
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });
const latencies = [];
let bad = 0;
let bytes = 0;
const end = performance.now() + Number(seconds) * 1000;

function once() {
  return new Promise((resolve) => {
    const t = performance.now();
    http
      .get(url, { agent }, (res) => {
        if (res.statusCode !== 200) bad++;
        res.on('data', (d) => (bytes += d.length));
        res.on('end', () => {
          latencies.push(performance.now() - t);
          resolve();
        });
      })
      .on('error', () => {
        bad++;
        resolve();
      });
  });
}

async function loop() {
  while (performance.now() < end) await once();
}

const started = performance.now();
await Promise.all(Array.from({ length: Number(connections) }, loop));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
process.stdout.write(
  `${JSON.stringify({ url, connections: Number(connections), requestsPerSecond: Math.round(latencies.length / elapsed), p50ms: Number(at(0.5).toFixed(1)), p99ms: Number(at(0.99).toFixed(1)), bytesPerResponse: Math.round(bytes / Math.max(1, latencies.length)), notOk: bad })}\n`,
);
agent.destroy();
