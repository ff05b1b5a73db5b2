// The board's audit page shows the last anchor of the chain and the last verification.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { ANCHOR_FILE_NAME } from '../../src/services/audit/anchor-file';
import { anchorAuditHead } from '../../src/services/audit/anchor-head';
import { verifyAuditChain } from '../../src/services/audit/verify-chain';
import { totpCode } from '../../src/services/auth/totp';
import type { ServiceContext } from '../../src/services/context';
import { lastAudit } from '../helpers/audit';
import { freshContext } from '../helpers/db';
import { buildMember, type BuiltMember } from '../helpers/members';
import { appFor, TestClient } from './helpers/client';

let ctx: ServiceContext;
let clock: Date;
let dir: string;
beforeEach(async () => {
  clock = new Date('2025-03-01T10:00:00Z');
  ctx = await freshContext({ now: () => clock });
  dir = mkdtempSync(path.join(tmpdir(), 'candor-anchor-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function signIn(client: TestClient, m: BuiltMember) {
  await client.get('/login');
  const res = await client.post('/login', { email: m.email, password: m.password, code: totpCode(m.totpSecret, clock) });
  expect(res.status).toBe(303);
  clock = new Date(clock.getTime() + 30_000);
}

describe('audit integrity on the board audit page', () => {
  it('shows the last anchor, the last successful verification, and a later failure', async () => {
    const board = await buildMember(ctx, { role: 'board' });
    const client = new TestClient(appFor(ctx));
    await signIn(client, board);
    await client.get('/wg/audit');
    expect(client.lastHtml).toContain('Integrity of the trail');
    expect(client.lastHtml).toContain('None yet: the operator runs candor audit verify.');

    const anchorFile = path.join(dir, ANCHOR_FILE_NAME);
    const anchored = await anchorAuditHead(ctx, { anchorFile });
    expect((await verifyAuditChain(ctx, { anchorFile, record: true })).ok).toBe(true);
    await client.get('/wg/audit');
    expect(client.lastHtml).toContain(`Entry ${anchored!.entryId}, written to the anchor file at 2025-03-01 10:00 UTC`);
    expect(client.lastHtml).toMatch(/2025-03-01 10:0\d UTC: \d+ entries checked against 1 anchor\(s\)/);
    expect(client.lastHtml).not.toContain('failed at entry');

    const last = await lastAudit(ctx);
    await ctx.db.update(auditLog).set({ entityRef: 'edited' }).where(eq(auditLog.id, last!.id));
    expect((await verifyAuditChain(ctx, { anchorFile, record: true })).ok).toBe(false);
    await client.get('/wg/audit');
    expect(client.lastHtml).toContain(`failed at entry ${last!.id}`);
  });
});
