import { describe, expect, it } from 'vitest';
import { emptyScore, precision, ratio, scoreText } from './score';

describe('redaction scorer', () => {
  const text = 'Maya Okafor met Tom on Monday.';
  const gold = [
    { start: 0, end: 11, label: 'PERSON' as const, known: true },
    { start: 16, end: 19, label: 'PERSON' as const, known: false },
    { start: 23, end: 29, label: 'DATETIME' as const, known: false },
  ];

  it('counts a span as found only when all its non-space characters are covered', () => {
    const score = emptyScore();
    // "Maya" and "Okafor" separately still cover every letter; "Mon" covers half of "Monday".
    scoreText(score, text, gold, [{ start: 0, end: 4 }, { start: 5, end: 11 }, { start: 23, end: 26 }]);
    expect(score.byLabel.PERSON).toEqual({ found: 1, total: 2 });
    expect(score.byLabel.DATETIME).toEqual({ found: 0, total: 1 });
    expect(ratio(score.known)).toBe(1);
    expect(ratio(score.overall)).toBeCloseTo(1 / 3);
  });

  it('ignores the label of the covering prediction and measures character precision', () => {
    const score = emptyScore();
    // Covers "met Tom" (6 letters, 3 of them labeled) and the whole name.
    scoreText(score, text, gold, [{ start: 0, end: 11 }, { start: 12, end: 19 }]);
    expect(score.predictedChars).toBe(10 + 6);
    expect(score.correctChars).toBe(10 + 3);
    expect(precision(score)).toBeCloseTo(13 / 16);
    expect(score.byLabel.PERSON).toEqual({ found: 2, total: 2 });
  });

  it('treats an empty prediction as fully precise and recalls nothing', () => {
    const score = emptyScore();
    scoreText(score, text, gold, []);
    expect(precision(score)).toBe(1);
    expect(score.overall).toEqual({ found: 0, total: 3 });
  });
});
