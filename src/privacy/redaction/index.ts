// Public surface of the redaction engine.
export { detectSpans, redact } from './redact';
export { LABELS, type KnownParty, type Label } from './types';
// For reviews that need to know which spans are identifiers of a known party (span.party).
export { detectAll } from './detect';
