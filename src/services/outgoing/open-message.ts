// Opening one message inside a verb: the message, then its case under the case's access rule
// (recused, excluded and named members are refused as if neither existed).
import type { Resource } from '../../domain/permissions';
import { CandorError } from '../../errors';
import { openCase, type CaseRow } from '../cases/case-access';
import type { ServiceContext } from '../context';
import { findMessage, type MessageRow } from './store';

export async function openMessage(tx: ServiceContext, messageId: string): Promise<{ row: MessageRow; caseRow: CaseRow; resource: Resource }> {
  const row = await findMessage(tx, messageId);
  const { row: caseRow, resource } = await openCase(tx, row.caseId, 'compose:message');
  return { row, caseRow, resource };
}

export function assertNotSent(row: MessageRow): void {
  if (row.sentAt !== null) throw new CandorError('conflict', 'This message was already sent; start a new one');
}

export function assertSeen(row: MessageRow, textHash: string): void {
  if (row.textHash !== textHash) throw new CandorError('conflict', 'The message changed since you opened it; review the new text');
}
