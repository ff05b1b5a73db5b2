import type { ErrorCode } from '../errors';

// sysexits-style codes so scripts can tell bad input from a broken install.
const codes: Record<ErrorCode, number> = {
  invalid_input: 65,
  import_invalid: 65,
  config_invalid: 78,
  not_found: 66,
  forbidden: 77,
  unauthenticated: 77,
  conflict: 75,
  disclosure_refused: 69,
  public_text_unapproved: 69,
  rate_limited: 75,
  integrity_failed: 1,
  internal: 70,
  // EX_TEMPFAIL: another process holds the embedded database; nothing was done, try again later.
  database_locked: 75,
  csrf_failed: 77,
};

export function exitCodeFor(code: ErrorCode): number {
  return codes[code];
}
