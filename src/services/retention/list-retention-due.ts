import { can } from '../../domain/permissions';
import { retentionDue, type DueItem } from '../../domain/retention';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { loadCaseResources } from '../cases/case-resource';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { loadRetentionCases, retentionSettings, retentionToday } from './load-retention-cases';
import { listRetentionDueSchema } from './schemas';

export interface RetentionOverview {
  due: DueItem[];
  /** Due items on cases this member is recused from or named in: another chair confirms them. */
  hidden: number;
  settings: ReturnType<typeof retentionSettings>;
}

/** What the retention rules make due today, for a chair to confirm (code names and reasons only). */
export async function listRetentionDue(ctx: ServiceContext, raw: RawInput<typeof listRetentionDueSchema> = {}): Promise<RetentionOverview> {
  authorize(ctx, 'expunge:case');
  parseInput(listRetentionDueSchema, raw);
  return withTransaction(ctx, async (tx) => {
    const settings = retentionSettings(tx.config);
    const all = retentionDue(await loadRetentionCases(tx), settings, retentionToday(tx));
    const resources = await loadCaseResources(tx, all.map((d) => d.caseId));
    const due = all.filter((d) => can(tx.actor, 'expunge:case', resources.get(d.caseId)));
    await audit(tx, { action: 'retention.list', entity: 'register', details: { due: due.length } });
    return { due, hidden: all.length - due.length, settings };
  });
}
