// Disclosure control of published tables (DESIGN.md "Privacy engine → Tables").
//
// Typical use by a report builder:
//   const table = publishTable(spec, breakdownPolicy(config.k), truth);
//   const { passes, release, changes, audit } = await protectRelease({ history, candidate, truth });
// `history` is every release published before (all periods, all versions); publishing is
// refused unless `passes`. Ongoing cases appear only as one headline count, never in a
// breakdown table spec.
export type { AtomValues, Axis, PublishedCell, PublishedTable, PublishedValue, Release, TablePolicy } from './types';
export { DisclosureInputError } from './errors';
export {
  DEFAULT_K,
  DEFAULT_ROUNDING_BASE,
  SUPPRESSED_TEXT,
  breakdownPolicy,
  displayText,
  isMasked,
  publishValue,
  readerInterval,
  suppressedValue,
} from './masking-policy';
export { cellLabel, oneWaySpec, publishTable, specCells, trueValue, type TableSpec } from './build-table';
export { auditRelease, type AuditInput, type AuditReport, type MaskedCellAudit } from './audit';
export { protectRelease, type ProtectResult, type ReleaseChange } from './protect-release';
export { mergeCategories, type MergeOption } from './merge-categories';
