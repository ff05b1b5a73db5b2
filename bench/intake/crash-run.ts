// One crash round on the real server: N reporters submit at once (each from its own loopback
// address, so the form's rate limit stays on and out of the way), `kill -9` hits the server after
// a random number of receipts has been shown, the server is started again on the same register,
// and then: every receipt that was shown opens its report in the portal, and, read from the
// database itself after a clean stop, every report the form stored is complete — its case, sealed
// narrative, the person named, the attachment, the receipt's hash on the report row — and belongs
// to a submission that was sent (so no half-written case and nothing foreign).
// Used by bench/intake/crash.ts (by hand, 200 reporters) and test/cli/intake-crash.test.ts.
import { randomBytes, randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { attachments, casePeople, cases, people, reports } from '../../src/db/schema';
import { unsealOrNull, unseal } from '../../src/privacy/envelope';
import { receiptHash } from '../../src/services/intake/receipt';
import { openRuntime } from '../../src/runtime';
import { agentFrom, loopbackAddress, openReportForm, portalOpens, sendReport } from './reporter';
import { newRegister, serve, type Engine } from './servers';

export interface CrashOutcome {
  engine: Engine;
  sent: number;
  /** Receipts the reporters saw before the kill. */
  shown: number;
  killedAfterReceipts: number;
  /** Reports found in the database after the restart (shown, plus any stored but not yet answered). */
  stored: number;
  /** Shown receipts whose report did not open in the portal after the restart. */
  portalFailures: string[];
  /** Everything wrong in the database: missing or incomplete reports, or reports nobody sent. */
  problems: string[];
}

const marker = (run: string, i: number) => `crash-${run}-${String(i).padStart(4, '0')}`;

export async function crashRound(engine: Engine, reporters: number, log: (line: string) => void = () => {}): Promise<CrashOutcome> {
  const run = randomBytes(4).toString('hex');
  const register = await newRegister(engine);
  try {
    let server = await serve(register);
    const killAt = randomInt(1, Math.max(2, Math.floor(reporters * 0.8)));
    const shown = new Map<string, string>(); // marker → receipt code
    let killed = false;
    let firstAnswered!: () => void;
    const killedNow = new Promise<void>((resolve) => (firstAnswered = resolve));
    const submissions = Array.from({ length: reporters }, async (_, i) => {
      const agent = agentFrom(loopbackAddress(i));
      try {
        const form = await openReportForm(server.url, agent);
        const m = marker(run, i);
        const sent = await sendReport(server.url, form, {
          whatHappened: `${m} At the social he followed me outside and would not leave.`,
          peopleInvolved: `Person ${m}`,
          file: { name: `${m}.txt`, text: `${m} chat log\n` },
        }, agent);
        // A receipt counts as shown only if it reached the reporter before the kill.
        if (sent.receipt && !killed) {
          shown.set(m, sent.receipt);
          if (shown.size >= killAt) firstAnswered();
        }
      } catch {
        // The connection died with the server: this reporter saw no receipt.
      } finally {
        agent.destroy();
      }
    });
    await Promise.race([killedNow, Promise.all(submissions)]);
    killed = true;
    server.child.kill('SIGKILL');
    const killedAfterReceipts = shown.size;
    log(`${engine}: kill -9 after ${killedAfterReceipts} of ${reporters} receipts`);
    await Promise.all(submissions);
    await new Promise<void>((resolve) => (server.child.exitCode !== null || server.child.signalCode !== null ? resolve() : server.child.once('close', () => resolve())));

    server = await serve(register);
    const portalFailures: string[] = [];
    try {
      const entries = [...shown];
      for (let k = 0; k < entries.length; k += 20) {
        await Promise.all(
          entries.slice(k, k + 20).map(async ([m, receipt], j) => {
            const agent = agentFrom(loopbackAddress(100_000 + k + j));
            try {
              if (!(await portalOpens(server.url, receipt, agent))) portalFailures.push(m);
            } finally {
              agent.destroy();
            }
          }),
        );
      }
    } finally {
      await server.stop();
    }
    const { stored, problems } = await checkDatabase(register.env, run, reporters, shown);
    return { engine, sent: reporters, shown: shown.size, killedAfterReceipts, stored, portalFailures, problems };
  } finally {
    await register.remove();
  }
}

async function checkDatabase(env: Record<string, string>, run: string, reporters: number, shown: Map<string, string>) {
  const rt = await openRuntime({ ...env, NODE_OPTIONS: '' }, 'bench intake crash check');
  const problems: string[] = [];
  let stored = 0;
  try {
    const { db } = rt.database;
    const master = rt.keys.master;
    const sent = new Set(Array.from({ length: reporters }, (_, i) => marker(run, i)));
    const found = new Set<string>();
    for (const c of await db.select().from(cases)) {
      const narrative = unsealOrNull(master, { table: 'cases', column: 'narrative', row: c.id }, c.narrativeSealed);
      const m = /crash-[0-9a-f]+-\d{4}/.exec(narrative ?? '')?.[0];
      const where = `case ${c.codeName}${m ? ` (${m})` : ''}`;
      if (!m || !sent.has(m)) {
        problems.push(`${where}: a case no submission of this run made, or its narrative is missing`);
        continue;
      }
      stored++;
      found.add(m);
      const [report] = await db.select().from(reports).where(eq(reports.caseId, c.id));
      if (!report) problems.push(`${where}: no report row`);
      const receipt = shown.get(m);
      if (report && receipt && report.receiptHash !== receiptHash(rt, receipt)) problems.push(`${where}: the report row holds another receipt`);
      const named = await db.select({ role: casePeople.roleInCase, personId: casePeople.personId }).from(casePeople).where(eq(casePeople.caseId, c.id));
      if (named.length !== 1 || named[0]!.role !== 'reported' || !named[0]!.personId) problems.push(`${where}: ${named.length} people instead of the one named`);
      else {
        const [person] = await db.select({ id: people.id }).from(people).where(eq(people.id, named[0]!.personId));
        if (!person) problems.push(`${where}: the person named is missing`);
      }
      const files = await db.select().from(attachments).where(eq(attachments.caseId, c.id));
      const content = files[0] ? Buffer.from(unseal(master, { table: 'attachments', column: 'content', row: files[0].id }, files[0].contentSealed), 'base64').toString() : '';
      if (files.length !== 1 || content !== `${m} chat log\n`) problems.push(`${where}: ${files.length} attachments, or not the one sent`);
    }
    for (const m of shown.keys()) if (!found.has(m)) problems.push(`${m}: its receipt was shown but the report is not stored`);
  } finally {
    await rt.close();
  }
  return { stored, problems };
}
