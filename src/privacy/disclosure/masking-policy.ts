// The masking policy of DESIGN.md ("Privacy engine → Tables"), as pure functions from a
// true count to what is published. Callers: ongoing cases appear only as one count in the
// headline table, never in a breakdown table; do not build breakdown specs over them.
import { DisclosureInputError } from './errors';
import type { PublishedValue, TablePolicy } from './types';

export const DEFAULT_K = 3;

export const breakdownPolicy = (k: number = DEFAULT_K): TablePolicy => ({ kind: 'breakdown', k });

export function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new DisclosureInputError(`${what} must be a non-negative whole number, got ${value}`);
  }
}

function small(below: number, atLeast = 0): PublishedValue {
  return { kind: 'small', below, atLeast };
}

/** What the policy publishes for a cell whose true value is `value`. */
export function publishValue(value: number, policy: TablePolicy): PublishedValue {
  assertCount(value, 'A table cell');
  if (policy.kind === 'breakdown' || policy.mode === 'masked') {
    assertThreshold(policy.k);
    return value < policy.k ? small(policy.k) : { kind: 'exact', value };
  }
  if (policy.mode === 'exact') return { kind: 'exact', value };
  const base = policy.base;
  assertThreshold(base);
  if (value === 0) return policy.zero === 'exact' ? { kind: 'exact', value: 0 } : small(base);
  // With zero shown as "0", a reader knows "<base" means at least one.
  if (value < base) return small(base, policy.zero === 'exact' ? 1 : 0);
  const rounded = base * Math.floor(value / base + 0.5);
  return { kind: 'rounded', value: rounded, ...roundingInterval(rounded, base) };
}

/** Every whole number ≥ base that rounds (half up) to `rounded`. */
function roundingInterval(rounded: number, base: number): { lo: number; hi: number } {
  const lo = Math.max(base, Math.ceil(rounded - base / 2));
  const hi = Math.ceil(rounded + base / 2) - 1;
  return { lo, hi };
}

function assertThreshold(k: number): void {
  if (!Number.isInteger(k) || k < 1) {
    throw new DisclosureInputError(`The masking threshold must be a whole number of at least 1, got ${k}`);
  }
}

/**
 * What complementary suppression publishes. The policy is public, so a reader knows a
 * suppressed cell was not small: it is at least the table's threshold.
 */
export function suppressedValue(policy: TablePolicy): PublishedValue {
  if (policy.kind === 'breakdown' || policy.mode === 'masked') return { kind: 'suppressed', atLeast: policy.k };
  if (policy.mode === 'rounded') return { kind: 'suppressed', atLeast: policy.base };
  return { kind: 'suppressed', atLeast: 0 };
}

/** The interval a reader can infer from a published value; `hi` null means unbounded. */
export function readerInterval(value: PublishedValue): { lo: number; hi: number | null } {
  switch (value.kind) {
    case 'exact':
      return { lo: value.value, hi: value.value };
    case 'small':
      return { lo: value.atLeast, hi: value.below - 1 };
    case 'rounded':
      return { lo: value.lo, hi: value.hi };
    case 'suppressed':
      return { lo: value.atLeast, hi: null };
  }
}

export const SUPPRESSED_TEXT = 'x';

/** How the value is printed in every rendering (HTML, Markdown, CSV, JSON "display"). */
export function displayText(value: PublishedValue): string {
  switch (value.kind) {
    case 'exact':
    case 'rounded':
      return String(value.value);
    case 'small':
      return `<${value.below}`;
    case 'suppressed':
      return SUPPRESSED_TEXT;
  }
}

/** Masked cells are those the audit must examine: primary ("<k") and complementary ("x"). */
export const isMasked = (value: PublishedValue): boolean => value.kind === 'small' || value.kind === 'suppressed';
