// Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s), computed from the service
// clock so tests can move time. One step either side is accepted for clock drift, and a step is
// accepted only once per member.
import { decodeBase32IgnorePadding, encodeBase32NoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import { randomBytes } from 'node:crypto';

const PERIOD = 30;
const DIGITS = 6;

export function newTotpSecret(): string {
  return encodeBase32NoPadding(randomBytes(20));
}

export function isTotpSecret(secret: string): boolean {
  try {
    return decodeBase32IgnorePadding(secret.toUpperCase()).length >= 16;
  } catch {
    return false;
  }
}

function stepAt(at: Date): number {
  return Math.floor(at.getTime() / 1000 / PERIOD);
}

export function totpCode(secret: string, at: Date): string {
  return generateHOTP(decodeBase32IgnorePadding(secret.toUpperCase()), BigInt(stepAt(at)), DIGITS);
}

/** The accepted time step, or null. `lastStep` is the member's last accepted step (replays fail). */
export function checkTotp(secret: string, code: string, at: Date, lastStep: number | null): number | null {
  const clean = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(clean)) return null;
  const key = decodeBase32IgnorePadding(secret.toUpperCase());
  const now = stepAt(at);
  for (const step of [now, now - 1, now + 1]) {
    if (lastStep !== null && step <= lastStep) continue;
    if (generateHOTP(key, BigInt(step), DIGITS) === clean) return step;
  }
  return null;
}

export function totpUri(issuer: string, account: string, secret: string): string {
  return createTOTPKeyURI(issuer, account, decodeBase32IgnorePadding(secret), PERIOD, DIGITS);
}

/** Groups of four characters are easier to type from the screen into an authenticator app. */
export function formatSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}
