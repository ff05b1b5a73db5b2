import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from './text';

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
