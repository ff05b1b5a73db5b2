// Public surface of the redaction engine.
export { detectSpans, redact, type RedactResult } from './redact';
export type { RenderedReplacement } from './render';
export { LABELS, type KnownParty, type Label, type RedactOptions, type Span } from './types';
// For reviews that need to know which spans are identifiers of a known party (span.party).
export { detectAll } from './detect';
export type { DetectedSpan } from './types';
