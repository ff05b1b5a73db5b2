// Time of the engine on long repetitive texts, at 100k and 1M units: the time should grow about
// as the text (ratio near 10), and 1M units of any text should take under a second. A ratio far
// above 10 means work that grows faster than the text (a search back to the start of the text
// for every span, say), which a long log, a pasted image or a minified file would pay.
// Run: npx tsx bench/redaction/adversarial.ts [--sizes 100000,1000000] [--only REGEXP] [--runs N]
// Figures are CPU time of this process (user + system) for one call, the best of --runs (default
// 2) after one untimed call on a short text (the engine's one-time warm-up is not counted).
import { detectSpans } from '../../src/privacy/redaction';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};

// A fixed pseudo-random sequence, so that every run times the same texts.
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64 = Array.from({ length: 6000 }, () => base64Alphabet[Math.floor(random() * 64)]).join('');
const pad = (n: number) => String(n).padStart(2, '0');
const json = JSON.stringify(
  Array.from({ length: 200 }, (_, i) => ({
    id: i * 7919,
    name: `user${i}`,
    created: `2025-03-${pad((i % 28) + 1)}T10:${pad(i % 60)}:00Z`,
    tags: ['a', 'b'],
    score: i / 3,
    ok: i % 2 === 0,
    url: `https://example.org/u/${i}?p=${i * 3}`,
  })),
);

const repeat = (piece: string) => (n: number) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n);
// Texts made of one repeated piece, and texts without spaces made of digits and separators.
const shapes: Record<string, (n: number) => string> = {
  'timestamps, no brackets': repeat('[12:00] '),
  'IRC log': repeat('[12:00] <nick> hi nick\n'),
  'WhatsApp export': repeat('12/03/25, 10:47 pm - Vikram Malhotra: hi Vikram\n'),
  'quotes, one line': repeat('"a" b '),
  'notes, one line': repeat('Maya Okafor said "hi" on Tuesday at 9pm; '),
  'capitalised words': repeat('Maya '),
  'closing brackets': repeat('12:00) '),
  'snake case': repeat('a_'),
  'written-out dots': repeat('x dot '),
  digits: repeat('1'),
  letters: repeat('a'),
  'quote marks': repeat('"'),
  CJK: repeat('我是'),
  'list-archive addresses': repeat('a.b at example.org '),
  'IRC kicks': repeat('-!- x was kicked from #c by y [r]\n'),
  'IRC event, one line': (n) => `-!- ${repeat('by x ')(n - 4)}`,
  bylines: repeat('user-1 · commented · 3 days ago\n'),
  '1/1/1/…': repeat('1/'),
  '1-1-1-…': repeat('1-'),
  '1.1.1.…': repeat('1.'),
  '1:1:1:…': repeat('1:'),
  'glued ISO dates': repeat('2025-03-14'),
  'glued ISO timestamps': repeat('2025-03-14T09:12:44Z'),
  'glued slashed dates': repeat('2025/03/18'),
  'long URL with digits': (n) => `https://example.org/a?${Array.from({ length: Math.ceil(n / 8) }, (_, i) => `p${i % 97}=${i % 1000}&`).join('')}`.slice(0, n),
  'base64 image': (n) => `data:image/png;base64,${base64.repeat(Math.ceil(n / base64.length))}`.slice(0, n),
  'minified JSON': repeat(json),
};

const parties = [{ names: ['Maya Okafor'], usernames: ['maya'], emails: [] }];
const sizes = (arg('--sizes') ?? '100000,1000000').split(',').map(Number);
const runs = Number(arg('--runs') ?? 2);
const only = arg('--only') === undefined ? undefined : new RegExp(arg('--only')!);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
detectSpans('Maya Okafor said "hi there" on 2025-03-14 at 10:00 (https://example.org/a/1, @maya).', { knownParties: parties });

const size = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1000}k`);
process.stdout.write(`| text | ${sizes.map((n) => `${size(n)} units`).join(' | ')} | ratio |\n|---|${sizes.map(() => '---|').join('')}---|\n`);
for (const [name, make] of Object.entries(shapes)) {
  if (only !== undefined && !only.test(name)) continue;
  const ms = sizes.map((n) => {
    const text = make(n);
    let best = Infinity;
    for (let r = 0; r < runs; r++) {
      const t0 = cpuMs();
      detectSpans(text, { knownParties: parties });
      best = Math.min(best, cpuMs() - t0);
    }
    return best;
  });
  const ratio = ms[ms.length - 1]! / Math.max(ms[0]!, 1);
  const sizeRatio = sizes[sizes.length - 1]! / sizes[0]!;
  const slow = ratio > 2 * sizeRatio || (sizes[sizes.length - 1]! <= 1e6 && ms[ms.length - 1]! > 1000);
  process.stdout.write(`| ${name} | ${ms.map((x) => `${x.toFixed(0)} ms`).join(' | ')} | ${ratio.toFixed(1)}${slow ? ' ⚠' : ''} |\n`);
}
