import { describe, expect, it } from 'vitest';
import { CandorError } from '../errors';
import { parseConfig, readEnvironment } from './load';

describe('configuration', () => {
  it('works with no file at all', () => {
    const c = parseConfig({});
    expect(c.disclosure.k).toBe(3);
    expect(c.organisation.timeZone).toBe('UTC');
    expect(c.consequences.enabled).toContain('ban');
  });

  it('names every bad key at once', () => {
    try {
      parseConfig({ organisation: { timeZone: 'Mars/Olympus', contactEmail: 'nope' }, disclosure: { k: 1 }, colour: 'blue' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CandorError);
      const fields = (e as CandorError).issues.map((i) => i.field).sort();
      expect(fields).toEqual(['(top level)', 'disclosure.k', 'organisation.contactEmail', 'organisation.timeZone']);
      expect((e as CandorError).issues.find((i) => i.field === '(top level)')?.message).toMatch(/colour/);
    }
  });

  it('names the removed "masked" headline setting, and why it went', () => {
    try {
      parseConfig({ disclosure: { headline: 'masked' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CandorError);
      const issue = (e as CandorError).issues.find((i) => i.field === 'disclosure.headline');
      expect(issue?.message).toMatch(/"masked" setting was removed/);
      expect(issue?.message).toMatch(/annual report/);
    }
    expect(() => parseConfig({ disclosure: { headline: 'loose' } })).toThrow(CandorError);
  });

  it('names the removed "round5" headline setting, and why it went', () => {
    try {
      parseConfig({ disclosure: { headline: 'round5' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CandorError);
      const issue = (e as CandorError).issues.find((i) => i.field === 'disclosure.headline');
      expect(issue?.message).toMatch(/"round5" setting was removed/);
      expect(issue?.message).toMatch(/annual report/);
    }
    expect(parseConfig({ disclosure: { headline: 'exact' } }).disclosure.headline).toBe('exact');
    expect(() => parseConfig({ disclosure: { headline: 'loose' } })).toThrow(CandorError);
  });

  it('reads the environment, rejecting a bad port', () => {
    expect(readEnvironment({ DATABASE_URL: 'postgres://x' }).databaseUrl).toBe('postgres://x');
    expect(readEnvironment({}).databaseUrl).toBeNull();
    expect(() => readEnvironment({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
