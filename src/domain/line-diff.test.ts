import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff';

const side = (lines: ReturnType<typeof diffLines>, keep: 'added' | 'removed') => lines.filter((l) => l.op !== keep).map((l) => l.text);

describe('diffLines', () => {
  it('marks the changed line and keeps the rest', () => {
    expect(diffLines('# Title\nold line\nend', '# Title\nnew line\nend')).toEqual([
      { op: 'same', text: '# Title' },
      { op: 'removed', text: 'old line' },
      { op: 'added', text: 'new line' },
      { op: 'same', text: 'end' },
    ]);
  });
  it('treats a first version as all added', () => {
    expect(diffLines('', 'a\nb')).toEqual([
      { op: 'added', text: 'a' },
      { op: 'added', text: 'b' },
    ]);
  });
  it('rebuilds both versions from the diff (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', '', 'd e'), { maxLength: 30 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(text, text, (x, y) => {
        const d = diffLines(x, y);
        expect(side(d, 'added').join('\n')).toBe(x === '' ? '' : x);
        expect(side(d, 'removed').join('\n')).toBe(y === '' ? '' : y);
      }),
    );
  });
});
