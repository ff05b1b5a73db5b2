// A reporter who gave an email can open their report with a one-time link sent there, instead of
// the receipt code. Asking for a link answers the same whether or not the address is known, and
// stores nothing about who asked; the link's token is kept only as a keyed hash, works once and
// expires after 30 minutes; the mail holding it is sealed in the outbox.
import { createHmac, randomUUID } from 'node:crypto';
import { and, eq, gt, inArray, isNotNull, isNull } from 'drizzle-orm';
import { portalLinks, reports } from '../../db/schema';
import { CandorError } from '../../errors';
import { unseal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { queueMail } from '../mail/queue-mail';
import { parseInput } from '../parse-input';
import { redeemPortalLinkInput, requestPortalLinkInput, type RedeemPortalLinkInput, type RequestPortalLinkInput } from './schemas';

const LINK_TTL_MS = 30 * 60_000;
/** A report gets at most one new link in this time, however often it is asked for: no mail flood. */
const RESEND_AFTER_MS = 5 * 60_000;

const contactBinding = (caseId: string) => ({ table: 'reports', column: 'contact', row: caseId });

const contactUnder = (indexKey: Buffer, email: string) => createHmac('sha256', indexKey).update(`contact:${email.trim().toLowerCase()}`).digest('hex');
const tokenUnder = (indexKey: Buffer, token: string) => createHmac('sha256', indexKey).update(`portal-link:${token}`).digest('hex');

export function contactIndex(ctx: Pick<ServiceContext, 'keys'>, email: string): string {
  return contactUnder(ctx.keys.index, email);
}

// A key rotation (decision 031) does not recompute these digests: they are looked up under every
// index key held, as receipt hashes are.
const contactIndexes = (ctx: ServiceContext, email: string) => ctx.keys.epochs.map((e) => contactUnder(e.index, email));
const tokenHashes = (ctx: ServiceContext, token: string) => ctx.keys.epochs.map((e) => tokenUnder(e.index, token));

/** Reports stored before the contact index existed get theirs the first time anyone asks. */
async function indexOlderContacts(tx: ServiceContext): Promise<void> {
  const rows = await tx.db
    .select({ caseId: reports.caseId, contactSealed: reports.contactSealed })
    .from(reports)
    .where(and(isNotNull(reports.contactSealed), isNull(reports.contactIndex)));
  for (const r of rows) {
    const email = unseal(tx.keys.master, contactBinding(r.caseId), r.contactSealed!);
    await tx.db.update(reports).set({ contactIndex: contactIndex(tx, email) }).where(eq(reports.caseId, r.caseId));
  }
}

/** Sends a link to each report made with this address; says nothing of whether there was one. */
export async function requestPortalLink(ctx: ServiceContext, raw: RequestPortalLinkInput): Promise<void> {
  authorize(ctx, 'submit:report');
  const { email } = parseInput(requestPortalLinkInput, raw, 'The request');
  await withTransaction(ctx, async (tx) => {
    await indexOlderContacts(tx);
    const found = await tx.db
      .select({ caseId: reports.caseId, contactSealed: reports.contactSealed })
      .from(reports)
      .where(inArray(reports.contactIndex, contactIndexes(tx, email)));
    const now = tx.now();
    for (const { caseId, contactSealed } of found) {
      if (!contactSealed) continue;
      const [recent] = await tx.db
        .select({ tokenHash: portalLinks.tokenHash })
        .from(portalLinks)
        .where(and(eq(portalLinks.caseId, caseId), gt(portalLinks.createdAt, new Date(now.getTime() - RESEND_AFTER_MS))))
        .limit(1);
      if (recent) continue;
      const token = randomUUID();
      await tx.db.insert(portalLinks).values({ tokenHash: tokenUnder(tx.keys.index, token), caseId, expiresAt: new Date(now.getTime() + LINK_TTL_MS), createdAt: now });
      // To the address as the reporter gave it, not as it was typed now.
      await queueMail(tx, { to: unseal(tx.keys.master, contactBinding(caseId), contactSealed), template: 'reporter_sign_in', link: `/portal/link/${token}` });
      const { row } = await openCase({ ...tx, actor: { kind: 'reporter', caseId } }, caseId, 'follow:report');
      await audit(tx, { action: 'report.link_send', entity: 'case', entityRef: row.codeName });
    }
  });
}

/** A link's token → its report, once, before it expires. Anything else is "not found". */
export async function redeemPortalLink(ctx: ServiceContext, raw: RedeemPortalLinkInput): Promise<{ caseId: string }> {
  authorize(ctx, 'submit:report');
  const { token } = parseInput(redeemPortalLinkInput, raw, 'The link');
  return withTransaction(ctx, async (tx) => {
    const now = tx.now();
    const [used] = await tx.db
      .update(portalLinks)
      .set({ usedAt: now })
      .where(and(inArray(portalLinks.tokenHash, tokenHashes(tx, token)), isNull(portalLinks.usedAt), gt(portalLinks.expiresAt, now)))
      .returning({ caseId: portalLinks.caseId });
    if (!used) throw new CandorError('not_found', 'This link has expired or was already used');
    const { row } = await openCase({ ...tx, actor: { kind: 'reporter', caseId: used.caseId } }, used.caseId, 'follow:report');
    await audit(tx, { action: 'report.open', entity: 'case', entityRef: row.codeName, details: { by: 'link' } });
    return { caseId: used.caseId };
  });
}
