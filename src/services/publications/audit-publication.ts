// `candor audit-release`: the disclosure audit of a period's release (its draft, or else its
// latest published version) against every other published release, cell by cell.
import { z } from 'zod';
import { parsePeriod, formatPeriod } from '../../domain/periods';
import { invalidInput, notFound } from '../../errors';
import { auditRelease, type AuditReport } from '../../privacy/disclosure';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { historyOf, loadPublished, versionsOf } from './store';

export interface PublicationAudit {
  readonly kind: 'stats' | 'annual';
  readonly key: string;
  readonly version: number;
  readonly state: 'draft' | 'published';
  readonly report: AuditReport;
}

const auditPublicationInput = z.object({ period: z.string({ message: 'a half-year or a year' }) });
export type AuditPublicationInput = RawInput<typeof auditPublicationInput>;

export async function auditPublication(ctx: ServiceContext, raw: AuditPublicationInput): Promise<PublicationAudit> {
  authorize(ctx, 'publish:release');
  const { period: rawPeriod } = parseInput(auditPublicationInput, raw, 'The period');
  const period = parsePeriod(rawPeriod);
  if (!period) throw invalidInput(`--period must look like 2025-H1 or 2025, got "${rawPeriod}"`, [{ field: 'period', message: 'a half-year or a year' }]);
  const kind = period.kind === 'half' ? 'stats' : 'annual';
  const key = formatPeriod(period);
  return withTransaction(ctx, async (tx) => {
    const versions = await versionsOf(tx, kind, key);
    const target = versions.find((v) => v.state === 'draft') ?? versions[0];
    if (!target) throw notFound(`No ${kind === 'stats' ? 'statistics release' : 'annual report'} for ${key}; prepare a draft first`);
    const others = (await loadPublished(tx)).filter((r) => r.id !== target.id);
    const report = await auditRelease({ history: historyOf(others).releases, candidate: target.content.release, truth: target.content.truth });
    await audit(tx, { action: 'publication.audit', entity: 'publication', entityRef: `${kind}:${key}:v${target.version}`, details: { passes: report.passes } });
    return { kind, key, version: target.version, state: target.state, report };
  });
}
