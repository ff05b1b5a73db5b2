import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { parseReleaseFile, releasePath } from './publication-log';

describe('canonical JSON', () => {
  it('sorts keys at every depth, drops undefined members, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: 'é' }], c: undefined } })).toBe('{"a":{"d":[3,{"y":"é","z":null}]},"b":1}');
  });
  it('is the same text for a value and for that value after a JSON round trip', () => {
    const v = { version: 2, note: 'line\n"quoted"', cells: [{ max: null, min: 0 }], gone: undefined };
    expect(canonicalJson(JSON.parse(JSON.stringify(v)))).toBe(canonicalJson(v));
  });
});

describe('release files', () => {
  it('names each release version by kind, key and version, and reads only those names back', () => {
    for (const ref of [{ kind: 'stats', key: '2025-H1', version: 2 }, { kind: 'annual', key: '2024', version: 1 }] as const) {
      expect(parseReleaseFile(releasePath(ref).split('/').pop()!)).toEqual(ref);
    }
    for (const bad of ['stats-2025-H3-v1.json', 'event-2025-v1.json', 'stats-2025-H1-v0.json', '../stats-2025-H1-v1.json', 'stats-2025-H1-v1']) {
      expect(parseReleaseFile(bad)).toBeNull();
    }
  });
});
