// Database sessions. The cookie holds a random token; the table holds its SHA-256. A session
// ends after an idle period or at an absolute limit, whichever comes first, and on logout.
import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import type { MemberActor } from '../../domain/access';
import type { ServiceContext } from '../context';
import { loadMemberActor } from './load-actor';
import { hashToken, newToken } from './tokens';
import { authorize } from '../authorize';
import { parseInput } from '../parse-input';
import { tokenInput, type TokenInput } from './schemas';

export const SESSION_IDLE_MS = 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
// Writing last_seen_at on every request would turn each page view into a write.
const TOUCH_EVERY_MS = 60_000;

export interface NewSession {
  token: string;
  expiresAt: Date;
}

/** Internal helper for verbs that sign a member in; they audit. */
export async function createSession(ctx: ServiceContext, memberId: string): Promise<NewSession> {
  const token = newToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await ctx.db.insert(sessions).values({ tokenHash: hashToken(token), memberId, createdAt: now, lastSeenAt: now, expiresAt });
  return { token, expiresAt };
}

export interface ResolvedSession {
  actor: MemberActor;
  expiresAt: Date;
}

/** The member behind a session cookie, or null when the session is unknown, expired or its member gone. */
export async function resolveSession(ctx: ServiceContext, raw: TokenInput): Promise<ResolvedSession | null> {
  authorize(ctx, 'redeem:token');
  const { token } = parseInput(tokenInput, raw);
  if (token.length < 20 || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const rows = await ctx.db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash)).limit(1);
  const s = rows[0];
  if (!s) return null;
  const now = ctx.now();
  if (s.expiresAt <= now || now.getTime() - s.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    await ctx.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  const actor = await loadMemberActor(ctx.db, s.memberId);
  if (!actor) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await ctx.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { actor, expiresAt: s.expiresAt };
}
