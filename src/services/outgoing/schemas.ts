import { z } from 'zod';
import { FOUR_PARTS, MESSAGE_KINDS, RECIPIENT_KINDS } from '../../domain/outgoing-message';

const caseId = z.uuid({ message: 'is not a case' });
const messageId = z.uuid({ message: 'is not a message' });
const hash = z.string().trim().regex(/^[0-9a-f]{64}$/, 'reload the page: the message is not the one you saw');

/** One address a line (or separated by commas): a form's textarea, or a list from code. */
const recipients = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[\n,;]+/)).map((x) => x.trim()).filter((x) => x !== ''))
  .pipe(z.array(z.email({ message: 'each recipient must be an email address' })).min(1, 'give at least one recipient address').max(20, 'at most 20 recipients'));

const body = z.string().max(50_000, 'must be at most 50,000 characters');
const part = z.string().trim().min(1, 'Fill in this part').max(20_000, 'must be at most 20,000 characters');
const fourParts = z.object(Object.fromEntries(FOUR_PARTS.map((p) => [p, part])) as Record<(typeof FOUR_PARTS)[number], typeof part>);

const content = {
  recipientKind: z.enum(RECIPIENT_KINDS, { message: 'choose who the message is for' }),
  recipients,
  body: body.optional(),
  parts: fourParts.optional(),
};

const withBody = <T extends { kind?: string; body?: string | undefined; parts?: unknown }>(v: T, ctx: z.RefinementCtx) => {
  if (v.kind === 'four_part' ? v.parts === undefined : (v.body ?? '').trim() === '') ctx.addIssue({ code: 'custom', path: ['body'], message: 'Write the message' });
};

export const draftMessageInput = z
  .object({ caseId, kind: z.enum(MESSAGE_KINDS).exclude(['history_summary']).default('message'), ...content })
  .superRefine(withBody);

export const editMessageInput = z.object({ messageId, ...content });

export const undoReplacementInput = z.object({
  messageId,
  textHash: hash,
  replacement: z.union([z.number().int().min(0), z.string().trim().regex(/^\d+$/, 'choose a replacement').transform(Number)], { message: 'choose a replacement' }),
  reason: z.string().trim().min(3, 'say why these words may go out').max(1_000, 'must be at most 1,000 characters'),
});

export const restoreReplacementInput = z.object({
  messageId,
  textHash: hash,
  undone: z.union([z.number().int().min(0), z.string().trim().regex(/^\d+$/, 'choose an undone replacement').transform(Number)]),
});

export const redactPhraseInput = z.object({
  messageId,
  textHash: hash,
  phrase: z.string().min(2, 'give the words to remove, as they appear in the draft').max(500, 'must be at most 500 characters'),
});

export const approveMessageInput = z.object({ messageId, textHash: hash, recipientsHash: hash });

export const sendMessageInput = z.object({ messageId, textHash: hash, recipientsHash: hash, via: z.enum(['mail', 'copy'], { message: 'choose how to send it' }) });

export const messageRef = z.object({ messageId });
export const caseRef = z.object({ caseId });

export const historySummaryInput = z.object({
  caseId,
  /** The case's person row whose history is summarised. */
  casePersonId: z.uuid({ message: 'choose a person of this case' }),
  space: z.string().trim().min(2, 'name the event or space').max(200, 'must be at most 200 characters'),
  recipientKind: z.enum(RECIPIENT_KINDS).default('organizers'),
  recipients,
});
