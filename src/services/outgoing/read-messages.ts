// One message as the composer shows it (the draft with every replacement explained, the text that
// goes out, who approved it), and the list of a case's messages. Reading unseals: audited.
import { asc, eq, inArray } from 'drizzle-orm';
import { members, outgoingMessages } from '../../db/schema';
import {
  approvalRefusal,
  outgoingState,
  sendRefusal,
  type FourParts,
  type MessageKind,
  type OutgoingState,
  type RecipientKind,
} from '../../domain/outgoing-message';
import { can } from '../../domain/permissions';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { openMessage } from './open-message';
import { caseRef, messageRef } from './schemas';
import { compose, unsealRow } from './store';

export interface ReplacementView {
  index: number;
  start: number;
  end: number;
  label: string;
  original: string;
  replacement: string;
  /** Which detector, in words ("known party", "email address"…). */
  reason: string;
  party: string | null;
  undone: { reason: string; index: number } | null;
}

/** The draft cut into plain runs and marked runs, for highlighting without script. */
export type DraftSegment =
  | { kind: 'plain'; text: string }
  | { kind: 'engine'; text: string; replacement: string; index: number }
  | { kind: 'undone'; text: string; index: number }
  | { kind: 'hand'; text: string; replacement: string };

export interface MessageView {
  id: string;
  caseId: string;
  caseCodeName: string;
  kind: MessageKind;
  recipientKind: RecipientKind;
  recipients: string[];
  body: string;
  parts: FourParts | null;
  draft: string;
  segments: DraftSegment[];
  replacements: ReplacementView[];
  byHand: string[];
  note: string | null;
  text: string;
  textHash: string;
  recipientsHash: string;
  state: OutgoingState;
  author: string;
  editors: string[];
  approvedBy: string | null;
  approvedAt: Date | null;
  sentAt: Date | null;
  sentVia: 'mail' | 'copy' | null;
  /** Why the reader may not approve it now, or null. */
  approveRefusal: string | null;
  sendRefusal: string | null;
}

async function memberNames(ctx: ServiceContext, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await ctx.db.select({ id: members.id, name: members.displayName }).from(members).where(inArray(members.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function segmentsOf(draft: string, replacements: readonly ReplacementView[], pieces: Awaited<ReturnType<typeof compose>>['pieces']): DraftSegment[] {
  type Mark = { start: number; end: number; seg: DraftSegment };
  const marks: Mark[] = pieces.map((p) => ({
    start: p.start,
    end: p.end,
    seg: p.source === 'engine' ? { kind: 'engine', text: draft.slice(p.start, p.end), replacement: p.replacement, index: p.proposal ?? -1 } : { kind: 'hand', text: draft.slice(p.start, p.end), replacement: p.replacement },
  }));
  for (const r of replacements) if (r.undone) marks.push({ start: r.start, end: r.end, seg: { kind: 'undone', text: r.original, index: r.index } });
  marks.sort((a, b) => a.start - b.start);
  const out: DraftSegment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ kind: 'plain', text: draft.slice(at, m.start) });
    out.push(m.seg);
    at = m.end;
  }
  if (at < draft.length) out.push({ kind: 'plain', text: draft.slice(at) });
  return out;
}

export async function getMessage(ctx: ServiceContext, raw: RawInput<typeof messageRef>): Promise<MessageView> {
  authorize(ctx, 'compose:message');
  const input = parseInput(messageRef, raw, 'The message');
  return withTransaction(ctx, async (tx) => {
    const { row, caseRow } = await openMessage(tx, input.messageId);
    const { content, recipients, text } = unsealRow(tx, row);
    // Recomposed for the explanations (which detector, which party); the stored text is what goes out.
    // Which person code name the words belong to is identity-key knowledge: keyholders only.
    const withCodeNames = can(ctx.actor, 'read:identity');
    const c = await compose(tx, { caseId: row.caseId, messageId: row.id, recipientKind: row.recipientKind, recipients, content, withCodeNames });
    const replacements: ReplacementView[] = c.proposals.map((p, index) => {
      const u = content.undone.findIndex((x) => x.label === p.label && x.original === p.original);
      return { index, ...p, undone: u === -1 ? null : { reason: content.undone[u]!.reason, index: u } };
    });
    const names = await memberNames(tx, [row.authorId, row.approvedBy, ...row.editorIds]);
    const me = ctx.actor.kind === 'member' ? ctx.actor.id : '';
    const seen = { textHash: row.textHash, recipientsHash: row.recipientsHash };
    await audit(tx, { action: 'outgoing.read', entity: 'outgoing_message', entityRef: row.id });
    return {
      id: row.id,
      caseId: row.caseId,
      caseCodeName: caseRow.codeName,
      kind: row.kind,
      recipientKind: row.recipientKind,
      recipients,
      body: content.body,
      parts: content.parts ?? null,
      draft: c.draft,
      segments: segmentsOf(c.draft, replacements, c.pieces),
      replacements,
      byHand: content.byHand,
      note: c.note,
      text,
      textHash: row.textHash,
      recipientsHash: row.recipientsHash,
      state: outgoingState(row),
      author: names.get(row.authorId) ?? 'a former member',
      editors: row.editorIds.map((id) => names.get(id) ?? 'a former member'),
      approvedBy: row.approvedBy ? (names.get(row.approvedBy) ?? 'a former member') : null,
      approvedAt: row.approvedAt,
      sentAt: row.sentAt,
      sentVia: row.sentVia,
      approveRefusal: approvalRefusal(row, me, seen),
      sendRefusal: sendRefusal(row, seen),
    };
  });
}

export interface MessageListItem {
  id: string;
  kind: MessageKind;
  recipientKind: RecipientKind;
  state: OutgoingState;
  createdAt: Date;
  sentAt: Date | null;
  counts: { proposed: number; undone: number; byHand: number };
}

/** The case's messages, for the case page: kinds, states and counts, no text. */
export async function listCaseMessages(ctx: ServiceContext, raw: RawInput<typeof caseRef>): Promise<MessageListItem[]> {
  authorize(ctx, 'compose:message');
  const input = parseInput(caseRef, raw, 'The case');
  return withTransaction(ctx, async (tx) => {
    const { row: c } = await openCase(tx, input.caseId, 'compose:message');
    const rows = await tx.db.select().from(outgoingMessages).where(eq(outgoingMessages.caseId, c.id)).orderBy(asc(outgoingMessages.createdAt));
    return rows.map((r) => ({ id: r.id, kind: r.kind, recipientKind: r.recipientKind, state: outgoingState(r), createdAt: r.createdAt, sentAt: r.sentAt, counts: r.counts }));
  });
}
