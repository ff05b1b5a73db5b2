import { describe, expect, it } from 'vitest';
import { hasControlCharacter } from './control-characters';

describe('hasControlCharacter', () => {
  it('finds C0, DEL and C1 controls; line breaks and tabs only outside multi-line text', () => {
    for (const bad of ['a\u0000b', '\u0007', 'x\u001b[31m', '\u007f', '\u0085', '\u009f']) {
      expect(hasControlCharacter(bad), JSON.stringify(bad)).toBe(true);
      expect(hasControlCharacter(bad, 'multi-line'), JSON.stringify(bad)).toBe(true);
    }
    for (const ws of ['a\tb', 'line\nline', 'crlf\r\n']) {
      expect(hasControlCharacter(ws)).toBe(true);
      expect(hasControlCharacter(ws, 'multi-line')).toBe(false);
    }
    for (const ok of ['', 'home shelf', 'Zoë Ñandú — “quoted”', '名前', '😀', '\u00a0nbsp']) {
      expect(hasControlCharacter(ok), ok).toBe(false);
    }
  });
});
