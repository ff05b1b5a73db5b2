import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneWaySpec, publishTable } from './build-table';
import { auditRelease } from './audit';
import { DisclosureInputError } from './errors';
import { displayText, publishValue, readerInterval, suppressedValue } from './masking-policy';
import type { TablePolicy } from './types';

const rounded = (zero: 'masked' | 'exact'): TablePolicy => ({ kind: 'headline', mode: 'rounded', base: 5, zero });

describe('masking policy', () => {
  it('masks every breakdown cell below k, zeros included', () => {
    const policy: TablePolicy = { kind: 'breakdown', k: 3 };
    expect([0, 1, 2, 3, 10].map((v) => displayText(publishValue(v, policy)))).toEqual(['<3', '<3', '<3', '3', '10']);
    expect(readerInterval(publishValue(2, policy))).toEqual({ lo: 0, hi: 2 });
  });

  it('publishes the headline exactly by default-style exact mode, or masked', () => {
    expect(publishValue(1, { kind: 'headline', mode: 'exact' })).toEqual({ kind: 'exact', value: 1 });
    expect(displayText(publishValue(1, { kind: 'headline', mode: 'masked', k: 5 }))).toBe('<5');
  });

  it('rounds the headline: "<5" then the nearest 5, with the interval a reader can infer', () => {
    const p = rounded('masked');
    expect([0, 3, 5, 7, 8, 12, 13].map((v) => displayText(publishValue(v, p)))).toEqual(['<5', '<5', '5', '5', '10', '10', '15']);
    expect(readerInterval(publishValue(0, p))).toEqual({ lo: 0, hi: 4 });
    expect(readerInterval(publishValue(6, p))).toEqual({ lo: 5, hi: 7 });
    expect(readerInterval(publishValue(11, p))).toEqual({ lo: 8, hi: 12 });
  });

  it('rounding intervals always contain the true value and match every value they display', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.constantFrom<'masked' | 'exact'>('masked', 'exact'), (v, zero) => {
        const published = publishValue(v, rounded(zero));
        const { lo, hi } = readerInterval(published);
        expect(v).toBeGreaterThanOrEqual(lo);
        expect(v).toBeLessThanOrEqual(hi ?? Infinity);
        for (let w = lo; w <= (hi ?? lo); w++) expect(displayText(publishValue(w, rounded(zero)))).toBe(displayText(published));
      }),
    );
  });

  it('with zero shown as "0", "<5" proves at least one, and the audit refuses it', async () => {
    expect(readerInterval(publishValue(2, rounded('exact')))).toEqual({ lo: 1, hi: 4 });
    const spec = oneWaySpec({ id: 'h', title: 'Headline', column: '2025-H1', rows: [{ label: 'Bans', atoms: ['b'] }] });
    const truth = { b: 2 };
    const audit = (zero: 'masked' | 'exact') =>
      auditRelease({ history: [], candidate: { id: 'r', title: 'r', tables: [publishTable(spec, rounded(zero), truth)] }, truth });
    expect((await audit('exact')).cells[0]).toMatchObject({ label: 'Bans', attackerMin: 1, ok: false });
    expect((await audit('masked')).passes).toBe(true);
  });

  it('complementary suppression shows "x" and tells readers only that the value was not small', () => {
    expect(displayText(suppressedValue({ kind: 'breakdown', k: 3 }))).toBe('x');
    expect(readerInterval(suppressedValue({ kind: 'breakdown', k: 3 }))).toEqual({ lo: 3, hi: null });
  });

  it('rejects counts that are not non-negative whole numbers', () => {
    expect(() => publishValue(-1, { kind: 'breakdown', k: 3 })).toThrow(DisclosureInputError);
    expect(() => publishValue(1.5, { kind: 'breakdown', k: 3 })).toThrow(/whole number/);
  });
});
