// Reading, composing and writing outgoing messages. Composition is the one place the redaction
// engine meets a message: the draft is run through it with the case's known parties and the
// generic detectors, the author's undos and phrases by hand are applied, and a note about changed
// recipients goes on top. Every edit recomposes, so the stored text and its hash are always what
// would go out.
import { createHash, createHmac } from 'node:crypto';
import { and, desc, eq, isNotNull, ne } from 'drizzle-orm';
import { outgoingMessages } from '../../db/schema';
import {
  composeText,
  joinFourParts,
  recipientsChangeNote,
  type FourParts,
  type ProposedReplacement,
  type RecipientKind,
} from '../../domain/outgoing-message';
import { notFound } from '../../errors';
import { seal, unseal } from '../../privacy/envelope';
import { detectAll, redact } from '../../privacy/redaction';
import type { ServiceContext } from '../context';
import { organisationAddresses } from '../public-text/register-parties';
import { loadCaseParties } from './parties';

export type MessageRow = typeof outgoingMessages.$inferSelect;

export interface UndoneReplacement {
  label: string;
  original: string;
  /** The author's reason; sealed with the rest of the content. */
  reason: string;
  by: string;
}

export interface MessageContent {
  body: string;
  parts?: FourParts;
  undone: UndoneReplacement[];
  byHand: string[];
}

export interface Proposal extends ProposedReplacement {
  reason: string;
  /** The known party the words belong to ("Reporter", with its code name for keyholders), or null for a generic detector. */
  party: string | null;
}

export interface Composition {
  draft: string;
  proposals: Proposal[];
  pieces: ReturnType<typeof composeText>['pieces'];
  note: string | null;
  text: string;
}

export const hashText = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Keyed, so that a hash in the database does not confirm a guessed address. */
export function hashRecipients(ctx: ServiceContext, recipients: readonly string[]): string {
  const norm = [...new Set(recipients.map((r) => r.trim().toLowerCase()))].sort().join('\n');
  return createHmac('sha256', ctx.keys.index).update(`outgoing-recipients\n${norm}`).digest('hex');
}

const binding = (id: string, column: string) => ({ table: 'outgoing_messages', column, row: id });

export const sealed = (ctx: ServiceContext, id: string, column: string, value: unknown): string =>
  seal(ctx.keys.master, binding(id, column), typeof value === 'string' ? value : JSON.stringify(value));

export function unsealRow(ctx: ServiceContext, row: MessageRow): { content: MessageContent; recipients: string[]; text: string } {
  return {
    content: JSON.parse(unseal(ctx.keys.master, binding(row.id, 'content'), row.contentSealed)) as MessageContent,
    recipients: JSON.parse(unseal(ctx.keys.master, binding(row.id, 'recipients'), row.recipientsSealed)) as string[],
    text: unseal(ctx.keys.master, binding(row.id, 'text'), row.textSealed),
  };
}

export const draftOf = (content: Pick<MessageContent, 'body' | 'parts'>): string => (content.parts ? joinFourParts(content.parts) : content.body);

export async function findMessage(ctx: ServiceContext, messageId: string): Promise<MessageRow> {
  const [row] = await ctx.db.select().from(outgoingMessages).where(eq(outgoingMessages.id, messageId));
  if (!row) throw notFound();
  return row;
}

/** Recipients of the thread's last sent message (same case, same kind of recipient), or null. */
async function previousRecipients(ctx: ServiceContext, caseId: string, recipientKind: RecipientKind, exceptId: string | null): Promise<string[] | null> {
  const [prev] = await ctx.db
    .select()
    .from(outgoingMessages)
    .where(
      and(
        eq(outgoingMessages.caseId, caseId),
        eq(outgoingMessages.recipientKind, recipientKind),
        isNotNull(outgoingMessages.sentAt),
        exceptId ? ne(outgoingMessages.id, exceptId) : undefined,
      ),
    )
    .orderBy(desc(outgoingMessages.sentAt))
    .limit(1);
  return prev ? unsealRow(ctx, prev).recipients : null;
}

export async function compose(
  ctx: ServiceContext,
  args: { caseId: string; messageId: string | null; recipientKind: RecipientKind; recipients: readonly string[]; content: MessageContent; withCodeNames?: boolean },
): Promise<Composition> {
  const draft = draftOf(args.content);
  const parties = await loadCaseParties(ctx, args.caseId);
  const options = { knownParties: parties.map((p) => p.party), organisationAddresses: organisationAddresses(ctx) };
  const detected = detectAll(draft, options);
  const rendered = redact(draft, options).replacements;
  // The engine renders one replacement per detected span, in order (no pronouns: not asked for).
  const proposals: Proposal[] = rendered.map((r, i) => {
    const span = detected[i]?.end === r.end ? detected[i] : detected.find((d) => d.end === r.end);
    const known = span?.party !== undefined ? parties[span.party] : undefined;
    const party = known ? (args.withCodeNames && known.codeName ? `${known.label} (${known.codeName})` : known.label) : null;
    return { start: r.start, end: r.end, label: r.label, original: r.original, replacement: r.replacement, reason: r.reason, party };
  });
  const composed = composeText(draft, proposals, args.content.undone, args.content.byHand);
  const note = recipientsChangeNote(await previousRecipients(ctx, args.caseId, args.recipientKind, args.messageId), args.recipients);
  return { draft, proposals, pieces: composed.pieces, note, text: note ? `${note}\n\n${composed.text}` : composed.text };
}

export function countsOf(c: Composition, content: MessageContent): MessageRow['counts'] {
  return { proposed: c.proposals.length, undone: c.proposals.length - c.pieces.filter((p) => p.source === 'engine').length, byHand: content.byHand.length };
}

/**
 * Writes a recomposed message: new text, new hashes, and the approval voided (an approval binds
 * the exact text and recipients; the hashes would void it anyway, clearing it says so plainly).
 */
export async function saveComposition(
  ctx: ServiceContext,
  row: MessageRow,
  args: { recipients: readonly string[]; recipientKind: RecipientKind; content: MessageContent; editorId: string },
): Promise<{ composition: Composition; voidedApproval: boolean; textHash: string }> {
  const composition = await compose(ctx, { caseId: row.caseId, messageId: row.id, recipientKind: args.recipientKind, recipients: args.recipients, content: args.content });
  const textHash = hashText(composition.text);
  const editorIds = row.authorId === args.editorId || row.editorIds.includes(args.editorId) ? row.editorIds : [...row.editorIds, args.editorId];
  await ctx.db
    .update(outgoingMessages)
    .set({
      recipientKind: args.recipientKind,
      recipientsSealed: sealed(ctx, row.id, 'recipients', args.recipients),
      recipientsHash: hashRecipients(ctx, args.recipients),
      contentSealed: sealed(ctx, row.id, 'content', args.content),
      textSealed: sealed(ctx, row.id, 'text', composition.text),
      textHash,
      counts: countsOf(composition, args.content),
      editorIds,
      approvedBy: null,
      approvedAt: null,
      approvedTextHash: null,
      approvedRecipientsHash: null,
      updatedAt: ctx.now(),
    })
    .where(eq(outgoingMessages.id, row.id));
  return { composition, voidedApproval: row.approvedBy !== null, textHash };
}

