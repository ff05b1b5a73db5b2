// A person's flag and ban in the identity key may carry an expiry date. The stored booleans say
// what a member set; whether a status holds *today* is derived here, at every read, so an expiry
// can never be missed by a job that did not run. A status set to expire on a date no longer holds
// on that date (the same rule the statistics use for "flagged at the time of the figures").

export interface StoredPersonStatus {
  flagged: boolean;
  flagExpiresOn: string | null; // YYYY-MM-DD
  banned: boolean;
  banExpiresOn: string | null;
}

export interface CurrentPersonStatus {
  /** Flagged today. */
  flagged: boolean;
  /** Banned today. */
  banned: boolean;
  /** The date a flag lapsed, when one was set and has expired. */
  flagLapsedOn: string | null;
  /** The date a ban lapsed, when one was set and has expired. */
  banLapsedOn: string | null;
}

/** Whether a status set with an optional expiry date holds on `today` (YYYY-MM-DD). */
export function statusHolds(set: boolean, expiresOn: string | null, today: string): boolean {
  return set && (expiresOn === null || expiresOn > today);
}

export function currentPersonStatus(s: StoredPersonStatus, today: string): CurrentPersonStatus {
  const flagged = statusHolds(s.flagged, s.flagExpiresOn, today);
  const banned = statusHolds(s.banned, s.banExpiresOn, today);
  return {
    flagged,
    banned,
    flagLapsedOn: s.flagged && !flagged ? s.flagExpiresOn : null,
    banLapsedOn: s.banned && !banned ? s.banExpiresOn : null,
  };
}
