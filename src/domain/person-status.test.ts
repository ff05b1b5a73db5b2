import { describe, expect, it } from 'vitest';
import { currentPersonStatus, statusHolds } from './person-status';

describe('person status expiry', () => {
  it('holds until the expiry date, and not on it', () => {
    expect(statusHolds(true, null, '2030-01-01')).toBe(true);
    expect(statusHolds(true, '2025-06-01', '2025-05-31')).toBe(true);
    expect(statusHolds(true, '2025-06-01', '2025-06-01')).toBe(false);
    expect(statusHolds(true, '2025-06-01', '2026-01-01')).toBe(false);
    expect(statusHolds(false, null, '2025-01-01')).toBe(false);
  });

  it('derives each status separately and says when it lapsed', () => {
    const stored = { flagged: true, flagExpiresOn: '2025-06-01', banned: true, banExpiresOn: '2025-09-01' };
    expect(currentPersonStatus(stored, '2025-05-01')).toEqual({ flagged: true, banned: true, flagLapsedOn: null, banLapsedOn: null });
    expect(currentPersonStatus(stored, '2025-07-01')).toEqual({ flagged: false, banned: true, flagLapsedOn: '2025-06-01', banLapsedOn: null });
    expect(currentPersonStatus(stored, '2025-09-01')).toEqual({ flagged: false, banned: false, flagLapsedOn: '2025-06-01', banLapsedOn: '2025-09-01' });
    expect(currentPersonStatus({ flagged: false, flagExpiresOn: null, banned: false, banExpiresOn: null }, '2025-01-01')).toEqual({
      flagged: false,
      banned: false,
      flagLapsedOn: null,
      banLapsedOn: null,
    });
  });
});
