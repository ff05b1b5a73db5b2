import { describe, expect, it } from 'vitest';
import { commonPasswordCount, isCommonPassword } from './common-passwords';

describe('isCommonPassword', () => {
  it('knows the 10,000 most common passwords, whatever their case', () => {
    expect(commonPasswordCount()).toBe(10_000);
    for (const p of ['123456', 'password', 'qwerty123456', 'QWERTY123456', '1qaz2wsx3edc', 'leavemealone']) expect(isCommonPassword(p), p).toBe(true);
    for (const p of ['correct horse battery staple', 'a long enough password', 'qwerty1234567890xyz']) expect(isCommonPassword(p), p).toBe(false);
  });
});
