// The engine must keep finding exactly what it found before its throughput work: the same
// spans, reasons, rendered texts and replacements on every text of the differential corpus
// (see differential.fixture.ts for what it holds and how the golden file was made).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSpans, redact } from './redact';
import { buildCorpus, goldenLines, GOLDEN_FILE } from './differential.fixture';

describe('differential check against the golden outputs', () => {
  it('gives the same spans and rendered texts on every text of the corpus', () => {
    const cases = buildCorpus();
    const golden = readFileSync(GOLDEN_FILE, 'utf8').trimEnd().split('\n');
    expect(golden).toHaveLength(cases.length);
    const actual = goldenLines({ detectSpans, redact }, cases);
    const differing = actual.flatMap((line, i) => (line === golden[i] ? [] : [i]));
    // On failure, show the first differing texts with both outputs (spans as start-end and a
    // label letter; the hash also covers reasons, the rendered text and the replacements).
    const report = differing.slice(0, 3).map((i) => ({ case: i, text: cases[i]!.text.slice(0, 300), expected: golden[i], actual: actual[i] }));
    expect(report).toEqual([]);
  });
});
