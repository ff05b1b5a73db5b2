// The data model of disclosure control, shared by the masking policy, the audit and
// complementary suppression. Everything here is plain JSON-serialisable data so that a
// release can be stored as an immutable snapshot and audited again years later.
//
// Atomic cells are the unknowns an attacker reasons about: non-negative integer counts of
// one kind of unit (cases, or named people) for the finest cross-classification any table
// uses, e.g. "2025-H1 | in-person events | warning | harassment". They must partition the
// units they count: a published figure is always a plain sum of atomic cells.
// Atomic cell ids must be stable across releases: the same id in two releases is the same
// unknown. When a correction changes the register, give the changed cells new ids (e.g.
// suffixed with the version) so that earlier figures keep describing the earlier data.

/** True values of atomic cells, by id. Only the candidate release's cells need a value. */
export type AtomValues = Readonly<Record<string, number>>;

/** Position of a cell on one axis: a category index, or the margin ("Total"). */
export type Axis = number | 'total';

/**
 * What a reader sees for one published cell, and therefore what an attacker may assume.
 * - `exact`: the value itself.
 * - `small`: primary masking, shown as "<below"; the value is in atLeast..below-1.
 * - `rounded`: shown as `value`; the true value is in lo..hi.
 * - `suppressed`: complementary suppression, shown as "x"; the policy is public, so a
 *   reader knows the value was not small: it is at least `atLeast`.
 */
export type PublishedValue =
  | { readonly kind: 'exact'; readonly value: number }
  | { readonly kind: 'small'; readonly below: number; readonly atLeast: number }
  | { readonly kind: 'rounded'; readonly value: number; readonly lo: number; readonly hi: number }
  | { readonly kind: 'suppressed'; readonly atLeast: number };

export interface PublishedCell {
  readonly row: Axis;
  readonly col: Axis;
  /** Atomic cell ids summed by this cell. */
  readonly atoms: readonly string[];
  readonly value: PublishedValue;
}

/**
 * How a table's cells are published. Breakdown tables mask every cell below k, zeros
 * included. The headline table is exact by default, or masked, or rounded to a base
 * (0 → `zero`, 1..base-1 → "<base", otherwise the nearest multiple of base).
 */
export type TablePolicy =
  | { readonly kind: 'breakdown'; readonly k: number }
  | { readonly kind: 'headline'; readonly mode: 'exact' }
  | { readonly kind: 'headline'; readonly mode: 'masked'; readonly k: number }
  | {
      readonly kind: 'headline';
      readonly mode: 'rounded';
      readonly base: number;
      /**
       * 'masked' shows 0 as "<base" too, so "<base" proves nothing happened or not.
       * 'exact' shows 0 as "0"; then "<base" proves at least one, and the audit refuses it.
       */
      readonly zero: 'masked' | 'exact';
    };

export interface PublishedTable {
  readonly id: string;
  readonly title: string;
  readonly policy: TablePolicy;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  /** Every published cell, margins included (row 'total' / col 'total'). */
  readonly cells: readonly PublishedCell[];
}

/** One published release (a period's statistics, an annual report; one version of it). */
export interface Release {
  readonly id: string;
  readonly title: string;
  readonly tables: readonly PublishedTable[];
}
