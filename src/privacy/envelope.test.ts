import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndex, deriveIndexKey } from './blind-index';
import { isLegacySealed, seal, SealError, unseal } from './envelope';

const master = { id: 'k1', key: randomBytes(32) };

const narrativeOf = (row: string) => ({ table: 'cases', column: 'narrative', row });
const identityOf = (row: string) => ({ table: 'people', column: 'identity', row });
const ROW_A = '3f2b9c1e-0000-4000-8000-00000000000a';
const ROW_B = '3f2b9c1e-0000-4000-8000-00000000000b';

describe('envelope encryption', () => {
  it('round-trips text, including non-Latin scripts and emoji', () => {
    const text = 'Zoë said «non» — 山田 太郎 🙂';
    const sealed = seal(master, narrativeOf(ROW_A), text);
    // Strings no base64 text can hold by chance (a two-letter check failed one run in twenty).
    expect(sealed).not.toContain('Zoë');
    expect(sealed).not.toContain('山田');
    expect(sealed.startsWith('v2.k1.')).toBe(true);
    expect(unseal(master, narrativeOf(ROW_A), sealed)).toBe(text);
  });

  it('uses a fresh data key and IV every time', () => {
    expect(seal(master, narrativeOf(ROW_A), 'same')).not.toBe(seal(master, narrativeOf(ROW_A), 'same'));
  });

  it('refuses a value moved to another row, column or table, a wrong key, or a tampered byte', () => {
    const sealed = seal(master, identityOf(ROW_A), 'Maya');
    expect(() => unseal(master, identityOf(ROW_B), sealed)).toThrow(SealError);
    expect(() => unseal(master, { table: 'people', column: 'flag_reason', row: ROW_A }, sealed)).toThrow(SealError);
    expect(() => unseal(master, { table: 'cases', column: 'identity', row: ROW_A }, sealed)).toThrow(SealError);
    expect(() => unseal(master, { purpose: 'people.identity' }, sealed)).toThrow(SealError);
    expect(() => unseal({ id: 'k1', key: randomBytes(32) }, identityOf(ROW_A), sealed)).toThrow(SealError);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64');
    body[body.length - 1]! ^= 1;
    parts[3] = body.toString('base64');
    expect(() => unseal(master, identityOf(ROW_A), parts.join('.'))).toThrow(SealError);
  });

  it('names the column, never the row or the text, when a value does not open', () => {
    const sealed = seal(master, identityOf(ROW_A), 'Maya');
    const err = (() => {
      try {
        unseal(master, identityOf(ROW_B), sealed);
      } catch (e) {
        return e as SealError;
      }
      throw new Error('opened');
    })();
    expect(err.code).toBe('integrity_failed');
    expect(err.message).toContain('people.identity');
    expect(err.message).not.toContain(ROW_B);
    expect(err.message).not.toContain('Maya');
  });

  it('binds a value that is no row to its purpose', () => {
    const sealed = seal(master, { purpose: 'cookie.flash' }, 'hello');
    expect(unseal(master, { purpose: 'cookie.flash' }, sealed)).toBe('hello');
    expect(() => unseal(master, { purpose: 'cookie.other' }, sealed)).toThrow(SealError);
  });

  it('still opens a v1 value (bound to its column only) from an existing database', () => {
    // Sealed by the v1 code (field "people.identity") with this fixed key.
    const v1Master = { id: 'k1', key: Buffer.from('0123456789abcdef0123456789abcdef') };
    const v1 = 'v1.k1.PTca0yPdZaZD0PAtdME3RKbzxXf9J8zg0sPI4y/V7xesqxyCfk2mkCrca1F7InoRqXKkfy2UN077+U94.0IdgsQjPT1NUAcRAjfs5sn+MIcxPH5Ee5/r2ErjQRCCOhxbn+5nyP/TXdUlujCA=';
    expect(isLegacySealed(v1)).toBe(true);
    expect(unseal(v1Master, identityOf(ROW_A), v1)).toBe('Maya (sealed by v1)');
    expect(() => unseal(v1Master, narrativeOf(ROW_A), v1)).toThrow(SealError);
    expect(isLegacySealed(seal(v1Master, identityOf(ROW_A), 'x'))).toBe(false);
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
