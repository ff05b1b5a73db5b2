// Scoring redaction against labeled spans, as the evaluation in bench/redaction reports it:
// span recall (a labeled span counts as found when every non-space character of it is
// covered by some predicted span, whatever its label) and character precision (the share of
// predicted non-space characters that lie inside labeled spans).
import type { Label } from '../types';

export interface GoldSpan {
  start: number;
  end: number;
  label: Label;
  /** The span is an identifier of a party the record knows. */
  known: boolean;
}

export interface Predicted {
  start: number;
  end: number;
}

export interface Tally {
  found: number;
  total: number;
}

export interface Score {
  byLabel: Record<string, Tally>;
  overall: Tally;
  known: Tally;
  predictedChars: number;
  correctChars: number;
}

export function emptyScore(): Score {
  return { byLabel: {}, overall: { found: 0, total: 0 }, known: { found: 0, total: 0 }, predictedChars: 0, correctChars: 0 };
}

const isSpace = (ch: string) => /\s/.test(ch);

/** Adds one text's results to the running score. */
export function scoreText(score: Score, text: string, gold: readonly GoldSpan[], predicted: readonly Predicted[]): void {
  const covered = new Uint8Array(text.length);
  for (const p of predicted) for (let i = Math.max(0, p.start); i < Math.min(text.length, p.end); i++) covered[i] = 1;
  const labeled = new Uint8Array(text.length);
  for (const g of gold) for (let i = g.start; i < g.end; i++) labeled[i] = 1;

  for (const g of gold) {
    let ok = true;
    for (let i = g.start; i < g.end; i++) {
      if (!isSpace(text[i]!) && covered[i] === 0) {
        ok = false;
        break;
      }
    }
    const tally = (score.byLabel[g.label] ??= { found: 0, total: 0 });
    const add = (t: Tally) => {
      t.total++;
      if (ok) t.found++;
    };
    add(tally);
    add(score.overall);
    if (g.known) add(score.known);
  }
  for (let i = 0; i < text.length; i++) {
    if (covered[i] === 0 || isSpace(text[i]!)) continue;
    score.predictedChars++;
    if (labeled[i] === 1) score.correctChars++;
  }
}

export const ratio = (t: Tally): number => (t.total === 0 ? 1 : t.found / t.total);
export const precision = (s: Score): number => (s.predictedChars === 0 ? 1 : s.correctChars / s.predictedChars);
