import { describe, expect, it } from 'vitest';
import { CASE_CODE_NAME_COMBINATIONS, CASE_WORDS, generateCaseCodeName, generatePersonCodeName, normaliseCodeName } from './code-names';

describe('code names', () => {
  it('has at least a million case code names', () => {
    expect(CASE_CODE_NAME_COMBINATIONS).toBeGreaterThanOrEqual(1_000_000);
    expect(new Set(CASE_WORDS).size).toBe(CASE_WORDS.length);
  });

  it('draws two different lower-case words', () => {
    for (let i = 0; i < 200; i++) {
      const name = generateCaseCodeName(new Set());
      expect(name).toMatch(/^[a-z]+ [a-z]+$/);
      const [a, b] = name.split(' ');
      expect(a).not.toBe(b);
    }
  });

  it('never returns a name already taken', () => {
    // A scripted random source: the first draw lands on the taken name, the second on a free one.
    const script = [0, 1, 0, 1, 2, 3];
    let i = 0;
    const random = (max: number) => script[i++]! % max;
    const taken = `${CASE_WORDS[0]} ${CASE_WORDS[1]}`;
    expect(generateCaseCodeName(new Set([taken]), random)).toBe(`${CASE_WORDS[2]} ${CASE_WORDS[3]}`);
    expect(i).toBe(6);
  });

  it('gives people a colour and an animal, title-cased, unique', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const n = generatePersonCodeName(taken);
      expect(n).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      expect(taken.has(n)).toBe(false);
      taken.add(n);
    }
  });

  it('compares code names without regard to case or spacing', () => {
    expect(normaliseCodeName('  Home   SHELF ')).toBe('home shelf');
  });
});
