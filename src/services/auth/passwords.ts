// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane): slow for an attacker
// with a stolen database, fast enough for a login form.
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id: a const enum, unusable under verbatimModuleSyntax */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A hash of nothing in particular, verified when the account does not exist, so the time a
// failed login takes does not tell whether an email address has an account.
let decoy: Promise<string> | null = null;

/** How many password checks (argon2 runs) this process has done: lets a test see that a throttled attempt costs none. */
export const passwordChecks = { count: 0 };

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  passwordChecks.count += 1;
  if (passwordHash === null) {
    decoy ??= hashPassword('candor decoy password');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
