// `candor publish stats --period 2025-H1 [--draft]`, `candor publish annual --year 2025 [--draft]`
// and `candor audit-release --period … [--json]`. Publishing always passes the disclosure audit,
// and publishes only free text a second member approved: a note is written and approved on the
// web review page first; `--note` then names it (the command refuses any other words).
import type { Command } from 'commander';
import { CandorError } from '../errors';
import type { PublicationAudit } from '../services/publications/audit-publication';
import type { DraftResult } from '../services/publications/prepare-draft';
import type { ServiceContext } from '../services/context';
import { withCliRuntime } from './runtime';

async function draftThenPublish(ctx: ServiceContext, what: string, draft: DraftResult, opts: { draft?: boolean; note?: string }): Promise<string> {
  if (draft.status === 'up_to_date') return `${what} is already published (version ${draft.version}) and the register has not changed`;
  const changes = draft.protection.changes.map((c) => `\n  - ${c.explanation}`).join('');
  if (!draft.passes) {
    throw new CandorError('disclosure_refused', `${what} cannot be published: ${draft.protection.problems[0] ?? 'the disclosure audit failed'}`);
  }
  if (opts.draft) return `${what}: draft version ${draft.version} ${draft.status} (${draft.id}); review it before publishing${changes}`;
  const { publishRelease } = await import('../services/publications/publish-release');
  await publishRelease(ctx, { ...opts.note === undefined ? {} : { note: opts.note }, id: draft.id });
  return `${what}: published version ${draft.version}${changes}`;
}

export function auditJson(a: PublicationAudit): unknown {
  return {
    release: `${a.kind}:${a.key}`,
    version: a.version,
    state: a.state,
    passes: a.report.passes,
    problems: a.report.problems,
    cells: a.report.cells.map((c) => ({
      release: c.releaseId,
      table: c.tableTitle,
      cell: c.label,
      shown: c.shown,
      role: c.role,
      attackerMin: c.attackerMin,
      attackerMax: c.attackerMax,
      ok: c.ok,
    })),
  };
}

export function registerPublish(program: Command): void {
  const publish = program.command('publish').description('Publish statistics and transparency reports (after the disclosure audit)');
  publish
    .command('stats')
    .description("Draft and publish a half-year's statistics")
    .requiredOption('--period <period>', 'an ended half-year, e.g. 2025-H1')
    .option('--draft', 'only prepare the draft for the chair to review')
    .option('--note <text>', 'the note saved and approved on the review page (/wg/publications/…); any other text is refused')
    .action(async (opts: { period: string; draft?: boolean; note?: string }) => {
      const { draftStatisticsRelease } = await import('../services/publications/draft-statistics-release');
      await withCliRuntime('cli:publish', async (ctx) => {
        const d = await draftStatisticsRelease(ctx, { period: opts.period });
        process.stdout.write(`${await draftThenPublish(ctx, `statistics for ${opts.period.toUpperCase()}`, d, opts)}\n`);
      });
    });
  publish
    .command('annual')
    .description("Draft and publish a year's transparency report")
    .requiredOption('--year <year>', 'an ended year, e.g. 2025')
    .option('--draft', 'only prepare the draft for the chair to complete and review')
    .option('--note <text>', 'the note saved and approved on the review page (/wg/publications/…); any other text is refused')
    .action(async (opts: { year: string; draft?: boolean; note?: string }) => {
      const { draftAnnualReport } = await import('../services/publications/draft-annual-report');
      await withCliRuntime('cli:publish', async (ctx) => {
        const d = await draftAnnualReport(ctx, { year: opts.year });
        process.stdout.write(`${await draftThenPublish(ctx, `transparency report ${opts.year}`, d, opts)}\n`);
      });
    });
  program
    .command('audit-release')
    .description("Audit a period's release: for every masked cell, what an attacker could prove")
    .requiredOption('--period <period>', 'a half-year (2025-H1) or a year (2025)')
    .option('--json', 'print JSON')
    .action(async (opts: { period: string; json?: boolean }) => {
      const { auditPublication } = await import('../services/publications/audit-publication');
      await withCliRuntime('cli:audit-release', async (ctx) => {
        const a = await auditPublication(ctx, { period: opts.period });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(auditJson(a))}\n`);
        } else {
          const lines = a.report.cells.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.tableTitle} / ${c.label}: shown ${c.shown}, provable ${c.attackerMin}..${c.attackerMax ?? '∞'}`);
          process.stdout.write(`${a.kind} ${a.key} v${a.version} (${a.state}): ${a.report.passes ? 'passes' : 'REFUSED'}\n${lines.join('\n')}${lines.length ? '\n' : ''}`);
        }
        if (!a.report.passes) process.exitCode = 69;
      });
    });
}
