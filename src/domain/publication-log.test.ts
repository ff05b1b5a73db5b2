import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkLogChain, entryHash, LOG_GENESIS_HASH, sha256Hex, signEntry, type LogEntry } from './publication-log';

const pair = () => generateKeyPairSync('ed25519');
const pem = (k: ReturnType<typeof pair>) => k.publicKey.export({ type: 'spki', format: 'pem' }).toString();

function chain(key: ReturnType<typeof pair>, n: number): LogEntry[] {
  const out: LogEntry[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const signed = { seq, prevHash: out.at(-1)?.hash ?? LOG_GENESIS_HASH, kind: 'stats' as const, key: `202${seq}-H1`, version: 1, contentHash: sha256Hex(`release ${seq}`), publishedAt: '2026-03' };
    out.push(signEntry(signed, key.privateKey));
  }
  return out;
}

describe('publication log chain', () => {
  const key = pair();
  const log = chain(key, 4);

  it('accepts an untouched chain, and the empty log', () => {
    expect(checkLogChain(log, pem(key))).toBeNull();
    expect(checkLogChain([], pem(key))).toBeNull();
    expect(log[1]!.signed.prevHash).toBe(entryHash(log[0]!.signed));
    expect(log[2]!.url).toBe('/publications/releases/stats-2023-H1-v1.json');
  });

  it('names the first entry that was edited, removed, reordered or re-hashed without the key', () => {
    const edited = log.map((e, i) => (i === 2 ? { ...e, signed: { ...e.signed, version: 2 } } : e));
    expect(checkLogChain(edited, pem(key))).toEqual({ index: 2, reason: 'its hash does not match its content' });
    const rehashed = edited.map((e, i) => (i === 2 ? { ...e, hash: entryHash(e.signed) } : e));
    expect(checkLogChain(rehashed, pem(key))).toEqual({ index: 2, reason: 'its signature does not verify with the public key' });
    expect(checkLogChain([log[0]!, log[2]!, log[3]!], pem(key))?.index).toBe(1);
    expect(checkLogChain([log[1]!, log[0]!], pem(key))?.index).toBe(0);
    const extra = { ...log[0]!, signed: { ...log[0]!.signed, note: 'x' } } as unknown as LogEntry;
    expect(checkLogChain([extra], pem(key))).toEqual({ index: 0, reason: 'the entry does not have the fields of a log entry' });
  });

  it('refuses another key, and keys that are not Ed25519', () => {
    expect(checkLogChain(log, pem(pair()))).toMatchObject({ index: 0 });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(checkLogChain(log, rsa)).toEqual({ index: null, reason: 'the public key is not an Ed25519 key' });
    expect(checkLogChain(log, 'not a key')).toEqual({ index: null, reason: 'the public key is not a valid PEM key' });
  });
});
