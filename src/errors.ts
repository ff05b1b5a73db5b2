// Typed errors with stable codes, mapped once at the edge: to an HTTP status in web/, to an
// exit code and a one-line message in cli/. Messages must never carry confidential text.

/** Every error code; the web and CLI edges each map all of them (tests walk this list). */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'forbidden',
  'conflict',
  'unauthenticated',
  'config_invalid',
  'import_invalid',
  'disclosure_refused',
  'integrity_failed',
  'internal',
  'csrf_failed',
  'database_locked',
  // Free text that goes public has findings to resolve or lacks a second member's approval.
  'public_text_unapproved',
  // Too many attempts from one client (report submissions, receipt codes): wait and try again.
  'rate_limited',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  field: string;
  message: string;
}

export class CandorError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'CandorError';
    this.code = code;
    this.issues = issues;
  }
}

export const notFound = (what = 'Not found') => new CandorError('not_found', what);
export const invalidInput = (message: string, issues: FieldIssue[] = []) =>
  new CandorError('invalid_input', message, issues);

export function isCandorError(e: unknown): e is CandorError {
  return e instanceof CandorError;
}
