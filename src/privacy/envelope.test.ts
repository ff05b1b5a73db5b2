import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndex, deriveIndexKey } from './blind-index';
import { seal, SealError, unseal } from './envelope';

const master = { id: 'k1', key: randomBytes(32) };

describe('envelope encryption', () => {
  it('round-trips text, including non-Latin scripts and emoji', () => {
    const text = 'Zoë said «non» — 山田 太郎 🙂';
    const sealed = seal(master, 'cases.narrative', text);
    // Strings no base64 text can hold by chance (a two-letter check failed one run in twenty).
    expect(sealed).not.toContain('Zoë');
    expect(sealed).not.toContain('山田');
    expect(unseal(master, 'cases.narrative', sealed)).toBe(text);
  });

  it('uses a fresh data key and IV every time', () => {
    expect(seal(master, 'f', 'same')).not.toBe(seal(master, 'f', 'same'));
  });

  it('refuses a value moved to another field, a wrong key, or a tampered byte', () => {
    const sealed = seal(master, 'people.identity', 'Maya');
    expect(() => unseal(master, 'cases.narrative', sealed)).toThrow(SealError);
    expect(() => unseal({ id: 'k1', key: randomBytes(32) }, 'people.identity', sealed)).toThrow(SealError);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64');
    body[body.length - 1]! ^= 1;
    parts[3] = body.toString('base64');
    expect(() => unseal(master, 'people.identity', parts.join('.'))).toThrow(SealError);
  });
});

describe('blind index', () => {
  it('matches the same identifier whatever its case, spacing or accents', () => {
    const k = deriveIndexKey(master);
    expect(blindIndex(k, 'name', 'Zoë  Müller')).toBe(blindIndex(k, 'name', 'zoe muller'));
    expect(blindIndex(k, 'username', '@Maya')).toBe(blindIndex(k, 'username', 'maya'));
    expect(blindIndex(k, 'email', 'a@x.org')).not.toBe(blindIndex(k, 'username', 'a@x.org'));
    expect(blindIndex(deriveIndexKey({ id: 'k2', key: randomBytes(32) }), 'name', 'maya')).not.toBe(blindIndex(k, 'name', 'maya'));
  });
});
