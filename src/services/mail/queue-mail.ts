// queueMail: writes a message to the outbox inside the caller's transaction, so the mail exists
// exactly when the event that causes it does (a rolled-back event sends nothing; a committed one
// is sent by the server's mail worker, however long the SMTP server is down).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { outbox } from '../../db/schema';
import { seal } from '../../privacy/envelope';
import { assertInTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { buildMailText, MAIL_TEMPLATES, SEALED_BODY_TEMPLATES } from './messages';

export const queueMailSchema = z.object({
  /** The recipient: a member's or a reporter's address. Sealed in the outbox. */
  to: z.email(),
  /** member_attention ("something needs your attention") or reporter_news ("there is news about your report"). */
  template: z.enum(MAIL_TEMPLATES),
  /** One of MAIL_LINK_PATHS (e.g. "/wg/account"); made absolute with the configured public URL. */
  link: z.string(),
});
export type QueueMailInput = z.input<typeof queueMailSchema>;

/**
 * Queues one message. Call it with the transaction of the event that causes it (tx.inTransaction):
 *
 *   await withTransaction(ctx, async (tx) => {
 *     ...write the event...
 *     await queueMail(tx, { to: address, template: 'reporter_news', link: '/portal' });
 *   });
 *
 * Not a verb: it has no access check of its own; the verb that calls it has done that.
 * Returns the outbox row's id.
 */
export async function queueMail(tx: ServiceContext, input: QueueMailInput): Promise<string> {
  assertInTransaction(tx, 'queueMail');
  const data = parseInput(queueMailSchema, input);
  const text = buildMailText(tx.config, data.template, data.link);
  const id = randomUUID();
  await tx.db.insert(outbox).values({
    id,
    template: data.template,
    toAddressSealed: seal(tx.keys.master, { table: 'outbox', column: 'to_address', row: id }, data.to),
    subject: text.subject,
    body: SEALED_BODY_TEMPLATES.has(data.template) ? seal(tx.keys.master, sealedBodyBinding(id), text.body) : text.body,
    sendAfter: tx.now(),
  });
  return id;
}

/** The outbox template of a message a member composed and a second member approved (src/services/outgoing). */
export const COMPOSED_TEMPLATE = 'composed_message';

export const sealedBodyBinding = (id: string) => ({ table: 'outbox', column: 'body', row: id });

/**
 * Queues a composed message: the one kind of mail whose body is case-related text. It is not a
 * fixed text because the working group must write to people outside it (a reported party,
 * moderators, organizers); what makes that safe is upstream, in src/services/outgoing: the text
 * went through the redaction engine, was reviewed replacement by replacement and approved by a
 * second member without a conflict, bound to its hash (decision 028). Here the body is sealed in
 * the outbox like the address, and the subject is fixed. Only sendMessage (src/services/outgoing) calls this.
 */
export async function queueComposedMail(tx: ServiceContext, input: { to: string; body: string }): Promise<string> {
  assertInTransaction(tx, 'queueComposedMail');
  const to = parseInput(z.email(), input.to);
  const id = randomUUID();
  await tx.db.insert(outbox).values({
    id,
    template: COMPOSED_TEMPLATE,
    toAddressSealed: seal(tx.keys.master, { table: 'outbox', column: 'to_address', row: id }, to),
    subject: `A message from the ${tx.config.organisation.workingGroupName}, ${tx.config.organisation.name}`,
    body: seal(tx.keys.master, sealedBodyBinding(id), input.body),
    sendAfter: tx.now(),
  });
  return id;
}
