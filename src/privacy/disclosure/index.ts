// Disclosure control of published tables (DESIGN.md "Privacy engine → Tables").
//
// Typical use by a report builder:
//   const table = publishTable(spec, breakdownPolicy(config.k), truth);
//   const { passes, release, changes, audit } = await protectRelease({ history, candidate, truth });
// `history` is every release published before (all periods, all versions); publishing is
// refused unless `passes`. Ongoing cases appear only as one headline count, never in a
// breakdown table spec.
export type { AtomValues, PublishedCell, PublishedTable, Release, TablePolicy } from './types';
export { breakdownPolicy, displayText, isMasked, readerInterval } from './masking-policy';
export { cellLabel, oneWaySpec, publishTable, type TableSpec } from './build-table';
export { auditRelease, type AuditReport } from './audit';
export { protectRelease, type ProtectResult, type ReleaseChange } from './protect-release';
