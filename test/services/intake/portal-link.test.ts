// A reporter who gave an email can open their report with a one-time link mailed there. Asking
// answers alike for any address; the link works once, expires, is kept only as a keyed hash, and
// the mail that holds it is sealed in the outbox.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, cases, outbox, portalLinks, reports } from '../../../src/db/schema';
import type { Actor } from '../../../src/domain/access';
import type { ServiceContext } from '../../../src/services/context';
import { getMyReport, redeemPortalLink, requestPortalLink, submitReport } from '../../../src/services/intake';
import { claimDueMail, markMailSent } from '../../../src/services/mail/outbox';
import { freshContext } from '../../helpers/db';
import { codeOf } from '../../helpers/errors';
import { as, buildMember } from '../cases/factories';

const EMAIL = 'Quiet.Reporter@example.net';
const anonymous: Actor = { kind: 'anonymous' };
let ctx: ServiceContext;
let now: Date;

beforeEach(async () => {
  now = new Date('2025-05-01T10:00:00Z');
  ctx = await freshContext({ now: () => now });
  await buildMember(ctx, { role: 'chair' });
});

async function submit(contactEmail?: string): Promise<string> {
  await submitReport(as(ctx, anonymous), { contactEmail, whatHappened: 'Someone kept posting my address in the forum.', ongoing: 'no', files: [] });
  const rows = await ctx.db.select({ id: cases.id }).from(cases).orderBy(cases.createdAt);
  return rows.at(-1)!.id;
}

async function linkMails(): Promise<{ to: string; body: string; stored: string }[]> {
  const stored = new Map((await ctx.db.select().from(outbox).where(eq(outbox.template, 'reporter_sign_in'))).map((r) => [r.id, r.body]));
  const claimed = await claimDueMail(ctx, { limit: 100, leaseMs: 1 });
  for (const m of claimed) await markMailSent(ctx, m.id);
  return claimed.filter((m) => stored.has(m.id)).map((m) => ({ to: m.to, body: m.body, stored: stored.get(m.id)! }));
}

const tokenOf = (body: string) => /\/portal\/link\/([0-9a-f-]{36})/.exec(body)![1]!;

describe('sign-in links to the portal', () => {
  it('mails a one-time link to the address stored with the report (as given there), sealed in the outbox, and it opens that report once', async () => {
    const caseId = await submit(EMAIL);
    await requestPortalLink(as(ctx, anonymous), { email: 'quiet.reporter@EXAMPLE.net' });
    const [mail, ...more] = await linkMails();
    expect(more).toHaveLength(0);
    expect(mail!.to).toBe(EMAIL);
    expect(mail!.body).toMatch(/opens the report once, within the next 30 minutes/);
    const token = tokenOf(mail!.body);
    expect(mail!.stored).not.toContain(token); // the working link is not readable from the database
    expect(JSON.stringify(await ctx.db.select().from(portalLinks))).not.toContain(token);

    expect(await redeemPortalLink(as(ctx, anonymous), { token })).toEqual({ caseId });
    const report = await getMyReport(as(ctx, { kind: 'reporter', caseId }));
    expect(report.status).toBeTruthy();
    expect(await codeOf(redeemPortalLink(as(ctx, anonymous), { token }))).toBe('not_found'); // once only

    const actions = (await ctx.db.select({ action: auditLog.action, details: auditLog.details }).from(auditLog)).map((a) => a.action);
    expect(actions).toContain('report.link_send');
    expect(JSON.stringify(await ctx.db.select().from(auditLog))).not.toMatch(/quiet\.reporter/i);
  });

  it('answers alike for an unknown address, an anonymous report and a known one, and mails only the known one', async () => {
    await submit(undefined);
    await requestPortalLink(as(ctx, anonymous), { email: 'nobody@example.org' });
    expect(await linkMails()).toHaveLength(0);
    await submit(EMAIL);
    await expect(requestPortalLink(as(ctx, anonymous), { email: EMAIL })).resolves.toBeUndefined();
    expect(await linkMails()).toHaveLength(1);
  });

  it('refuses an expired link and a made-up one alike, and sends a report no more than one link in five minutes', async () => {
    await submit(EMAIL);
    await requestPortalLink(as(ctx, anonymous), { email: EMAIL });
    await requestPortalLink(as(ctx, anonymous), { email: EMAIL });
    const [mail, ...more] = await linkMails();
    expect(more).toHaveLength(0);
    now = new Date(now.getTime() + 31 * 60_000);
    expect(await codeOf(redeemPortalLink(as(ctx, anonymous), { token: tokenOf(mail!.body) }))).toBe('not_found');
    expect(await codeOf(redeemPortalLink(as(ctx, anonymous), { token: 'not-a-token' }))).toBe('not_found');
    await requestPortalLink(as(ctx, anonymous), { email: EMAIL });
    expect(await linkMails()).toHaveLength(1);
  });

  it('names the field when the address is not one', async () => {
    const e = await requestPortalLink(as(ctx, anonymous), { email: 'not an address' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'invalid_input', issues: [{ field: 'email' }] });
  });

  it('finds reports stored before the address was indexed', async () => {
    const caseId = await submit(EMAIL);
    await ctx.db.update(reports).set({ contactIndex: null }).where(eq(reports.caseId, caseId));
    await requestPortalLink(as(ctx, anonymous), { email: EMAIL });
    expect(await linkMails()).toHaveLength(1);
  });
});
