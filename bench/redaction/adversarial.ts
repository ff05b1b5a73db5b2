// Time of the engine on long repetitive texts, at two sizes: the ratio should stay near the size
// ratio (4). A ratio far above it means work that grows faster than the text (a search back to
// the start of the text for every span, say), which a long log or document would pay.
// Run: npx tsx bench/redaction/adversarial.ts
import { detectSpans } from '../../src/privacy/redaction';

const pieces: Record<string, string> = {
  'timestamps, no brackets': '[12:00] ',
  'IRC log': '[12:00] <nick> hi nick\n',
  'WhatsApp export': '12/03/25, 10:47 pm - Vikram Malhotra: hi Vikram\n',
  'quotes, one line': '"a" b ',
  'notes, one line': 'Maya Okafor said "hi" on Tuesday at 9pm; ',
  'capitalised words': 'Maya ',
  'closing brackets': '12:00) ',
  'snake case': 'a_',
  'written-out dots': 'x dot ',
  digits: '1',
  letters: 'a',
  'quote marks': '"',
  CJK: '我是',
};
const parties = [{ names: ['Maya Okafor'], usernames: ['maya'], emails: [] }];
const sizes = [100_000, 400_000];
process.stdout.write(`| text | ${sizes.map((n) => `${n / 1000}k units`).join(' | ')} | ratio |\n|---|---|---|---|\n`);
for (const [name, piece] of Object.entries(pieces)) {
  const ms = sizes.map((n) => {
    const text = piece.repeat(Math.ceil(n / piece.length)).slice(0, n);
    const t0 = performance.now();
    detectSpans(text, { knownParties: parties });
    return performance.now() - t0;
  });
  const ratio = ms[1]! / Math.max(ms[0]!, 1);
  process.stdout.write(`| ${name} | ${ms.map((x) => `${x.toFixed(0)} ms`).join(' | ')} | ${ratio.toFixed(1)}${ratio > 8 ? ' ⚠' : ''} |\n`);
}
