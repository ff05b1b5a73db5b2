import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, lowerCaseOf } from './text';

describe('fold', () => {
  it('lower-cases and strips diacritics unit for unit, keeping lone surrogates and astral characters', () => {
    expect(fold('Zoë ŁUKASZ Sørensen’s — Ёлка')).toBe("zoe lukasz sorensen's - елка");
    expect(fold('A\ud800B😀É')).toBe('a\ud800b😀e');
    expect(fold('already folded')).toBe('already folded');
  });

  it('keeps the length of any text, long ones included, so that offsets carry over', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => fold(s).length === s.length));
    const long = 'Ünïcödé '.repeat(5000);
    expect(fold(long)).toBe('unicode '.repeat(5000));
  });
});

describe('lowerCaseOf', () => {
  it('equals toLowerCase on any text, read from the folded text where that is the same', () => {
    for (const w of ['Maya', 'ΧΘΕΣ', 'İstanbul', 'O’Brien', 'Zoë', 'straße', 'ДМИТРИЙ', '𐒰𐒰', 'A𐐀b']) expect(lowerCaseOf(w, fold(w), 0, w.length)).toBe(w.toLowerCase());
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => lowerCaseOf(s, fold(s), 0, s.length) === s.toLowerCase()), { numRuns: 2000 });
  });
});
