// Planted strings in sealed fields must appear nowhere at rest: not in PGlite's data directory,
// not in a pg_dump. A planted string in a plain column is found, which shows the search works.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { spaces } from '../../src/db/schema';
import { openRuntime, type Runtime } from '../../src/runtime';
import { addCasePerson } from '../../src/services/cases/add-case-person';
import { createCase } from '../../src/services/cases/create-case';
import { withTransaction } from '../../src/services/context';
import { createPerson } from '../../src/services/people/create-person';
import { importTrackingSheet } from '../../src/services/import/import-tracking-sheet';

const CANARY = {
  narrative: 'CANARYnarrative7f3a',
  name: 'CANARYname9b2c Ødegård',
  email: 'canary.mail.41d8@example.net',
  username: 'CANARYuser5e6f',
  documents: 'CANARYdocs0c1d.pdf',
};
const VISIBLE = 'PLAINspace8e9f';

async function plant(rt: Runtime) {
  const ctx = rt.context({ kind: 'system', label: 'test' });
  await withTransaction(ctx, async (tx) => {
    await tx.db.insert(spaces).values({ slug: 'forum', name: VISIBLE, kind: 'online', groupName: 'Online spaces' });
  });
  const c = await createCase(ctx, { receivedOn: '2025-02-03', narrative: `${CANARY.narrative} reported by ${CANARY.name}` });
  const p = await createPerson(ctx, { identity: { realNames: [CANARY.name], emails: [CANARY.email], usernames: [CANARY.username] } });
  await addCasePerson(ctx, { caseId: c.id, personCodeName: p.codeName, consequence: 'warning' });
  const header = 'Date of Report,Case Code Name,Person Code Name,Status,Resolution Source,Resolution Date,Safety Risk,Ongoing Harassment,Consequences,Documents';
  await importTrackingSheet(ctx, [header.split(','), ['1/2/2024', 'home shelf', 'Blue Jay', 'Ongoing', '', '', '', '', '', CANARY.documents]]);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function needles(): Array<[string, Buffer[]]> {
  // Look for each canary as UTF-8 and as UTF-16 (either byte order), in case anything re-encodes.
  return Object.values(CANARY).map((s) => [s, [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le'), Buffer.from(s, 'utf16le').swap16()]]);
}

function findIn(buf: Buffer): string[] {
  return needles()
    .filter(([, forms]) => forms.some((f) => buf.includes(f)))
    .map(([s]) => s);
}

const cleanup: string[] = [];
afterAll(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

describe('sealed fields at rest', () => {
  it('PGlite data directory holds no sealed value in the clear', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'candor-sealed-'));
    cleanup.push(dir);
    const rt = await openRuntime({ CANDOR_DATA_DIR: dir });
    await plant(rt);
    await rt.close();
    const files = filesUnder(dir);
    let sawVisible = false;
    const found: string[] = [];
    for (const f of files) {
      const buf = readFileSync(f);
      if (buf.includes(Buffer.from(VISIBLE))) sawVisible = true;
      for (const s of findIn(buf)) found.push(`${s} in ${path.relative(dir, f)}`);
    }
    expect(sawVisible).toBe(true);
    expect(found).toEqual([]);
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('pg_dump output holds no sealed value in the clear', async () => {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const name = `candor_sealed_${process.pid}`;
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    const dir = mkdtempSync(path.join(tmpdir(), 'candor-sealed-'));
    cleanup.push(dir);
    try {
      const rt = await openRuntime({ DATABASE_URL: url.toString(), CANDOR_DATA_DIR: dir });
      await plant(rt);
      await rt.close();
      const dump = execFileSync('pg_dump', ['--no-owner', url.toString()], { maxBuffer: 256 * 1024 * 1024 });
      expect(dump.includes(Buffer.from(VISIBLE))).toBe(true);
      expect(findIn(dump)).toEqual([]);
    } finally {
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    }
  });
});
