import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveFingerprintKey, isKeyedFingerprint, keyedFingerprint, unkeyedFingerprint } from './keyed-fingerprint';

const master = () => ({ id: 'k', key: randomBytes(32) });

describe('keyed fingerprints', () => {
  it('are stable under one key and differ under another, so a guess cannot be checked without the key', () => {
    const a = deriveFingerprintKey(master());
    const b = deriveFingerprintKey(master());
    expect(keyedFingerprint(a, 'content')).toBe(keyedFingerprint(a, 'content'));
    expect(keyedFingerprint(a, 'content')).not.toBe(keyedFingerprint(b, 'content'));
    expect(keyedFingerprint(a, 'content')).not.toContain(unkeyedFingerprint('content'));
  });

  it('tell keyed fingerprints from the unkeyed ones stored before', () => {
    expect(isKeyedFingerprint(keyedFingerprint(deriveFingerprintKey(master()), 'x'))).toBe(true);
    expect(isKeyedFingerprint(unkeyedFingerprint('x'))).toBe(false);
  });
});
