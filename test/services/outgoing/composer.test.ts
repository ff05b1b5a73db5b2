// The composer: a message from a case to someone outside the working group is redacted by the
// engine with the case's known parties, reviewed replacement by replacement, approved by a second
// member without a conflict (bound to the text and recipients), and sent through the outbox.
import { beforeEach, describe, expect, it } from 'vitest';
import { outbox } from '../../../src/db/schema';
import { withActor, type ServiceContext } from '../../../src/services/context';
import { claimDueMail } from '../../../src/services/mail';
import {
  approveMessage,
  draftHistorySummary,
  draftMessage,
  editMessage,
  getMessage,
  listCaseMessages,
  redactPhrase,
  restoreReplacement,
  sendMessage,
  undoReplacement,
} from '../../../src/services/outgoing';
import { auditEntries } from '../../helpers/audit';
import { freshContext } from '../../helpers/db';
import { codeOf } from '../../helpers/errors';
import { buildComposerWorld, DRAFT, REPORTER_IDENTIFIERS, type ComposerWorld } from './factory';

const NOW = () => new Date('2026-02-01T10:00:00Z');

describe('outgoing messages (composer)', () => {
  let ctx: ServiceContext;
  let w: ComposerWorld;
  let author: ServiceContext;
  let second: ServiceContext;
  beforeEach(async () => {
    ctx = await freshContext({ now: NOW });
    w = await buildComposerWorld(ctx);
    author = withActor(ctx, w.author.actor);
    second = withActor(ctx, w.second.actor);
  });

  const draft = async (over: Record<string, unknown> = {}) =>
    (await draftMessage(author, { caseId: w.caseId, recipientKind: 'reported', recipients: 'dorian@example.com', body: DRAFT, ...over })).id;

  it('redacts the draft with the case’s known parties and the generic detectors, and explains each replacement', async () => {
    const id = await draft();
    const view = await getMessage(author, { messageId: id });
    for (const identifier of REPORTER_IDENTIFIERS) expect(view.text).not.toContain(identifier);
    const byOriginal = new Map(view.replacements.map((r) => [r.original, r]));
    expect(byOriginal.get('Marisol Quennell')?.party).toBe('Reporter');
    expect(byOriginal.get('mquennell')?.party).toBe('Reporter');
    // Which code name the words belong to is shown to identity-key holders only.
    const keyholder = await getMessage(ctx, { messageId: id });
    expect(keyholder.replacements.find((r) => r.original === 'Marisol Quennell')?.party).toMatch(/^Reporter \(.+\)$/);
    expect(byOriginal.get('marisol.q@example.net')?.label).toBe('EMAIL');
    expect(view.replacements.find((r) => r.label === 'QUOTE')?.party).toBeNull();
    expect(view.replacements.every((r) => r.reason.length > 0)).toBe(true);
    expect(view.state).toBe('draft');
    expect(view.segments.some((s) => s.kind === 'engine')).toBe(true);
    expect(view.segments.map((s) => s.text).join('')).toBe(DRAFT);
    const [entry] = (await auditEntries(ctx)).filter((e) => e.action === 'outgoing.draft');
    expect(entry?.details).toMatchObject({ recipientKind: 'reported', recipients: 1 });
    expect(JSON.stringify(entry?.details)).not.toMatch(/Marisol|dorian/);
  });

  it('lets the author undo a replacement (with a sealed reason), restore it, and redact a phrase by hand', async () => {
    const id = await draft();
    let view = await getMessage(author, { messageId: id });
    const quote = view.replacements.find((r) => r.label === 'QUOTE')!;
    expect(await codeOf(undoReplacement(author, { messageId: id, textHash: view.textHash, replacement: quote.index, reason: '' }))).toBe('invalid_input');
    await undoReplacement(author, { messageId: id, textHash: view.textHash, replacement: quote.index, reason: 'The reported party must know which words were meant.' });
    view = await getMessage(author, { messageId: id });
    expect(view.text).toContain('nobody wants you here');
    expect(view.replacements.find((r) => r.label === 'QUOTE')?.undone?.reason).toMatch(/must know/);

    expect(await codeOf(redactPhrase(author, { messageId: id, textHash: view.textHash, phrase: 'Berlin' }))).toBe('invalid_input');
    await redactPhrase(author, { messageId: id, textHash: view.textHash, phrase: 'Lisbon' });
    view = await getMessage(author, { messageId: id });
    expect(view.text).not.toContain('Lisbon');
    expect(view.text).toContain('met in [removed]');
    expect(view.segments.some((s) => s.kind === 'hand' && s.text === 'Lisbon')).toBe(true);

    // A stale page (the hash it saw) is refused rather than applied to other words.
    expect(await codeOf(restoreReplacement(author, { messageId: id, textHash: 'a'.repeat(64), undone: 0 }))).toBe('conflict');
    await restoreReplacement(author, { messageId: id, textHash: view.textHash, undone: 0 });
    expect((await getMessage(author, { messageId: id })).text).not.toContain('nobody wants you here');
  });

  it('needs a second member without a conflict: the author, a recused and an excluded member cannot approve', async () => {
    const id = await draft();
    const view = await getMessage(author, { messageId: id });
    const seen = { messageId: id, textHash: view.textHash, recipientsHash: view.recipientsHash };
    expect(view.approveRefusal).toMatch(/author cannot/);
    expect(await codeOf(approveMessage(author, seen))).toBe('conflict');
    expect(await codeOf(approveMessage(withActor(ctx, w.recused.actor), seen))).toBe('forbidden');
    expect(await codeOf(approveMessage(withActor(ctx, w.excluded.actor), seen))).toBe('forbidden');
    expect(await codeOf(getMessage(withActor(ctx, w.recused.actor), { messageId: id }))).toBe('forbidden');
    expect(await codeOf(sendMessage(author, { ...seen, via: 'mail' }))).toBe('conflict');

    // A member who changed the redactions is an author too.
    const quote = view.replacements.find((r) => r.label === 'QUOTE')!;
    await undoReplacement(withActor(ctx, w.chair.actor), { messageId: id, textHash: view.textHash, replacement: quote.index, reason: 'Keep the words.' });
    const after = await getMessage(second, { messageId: id });
    expect(await codeOf(approveMessage(withActor(ctx, w.chair.actor), { messageId: id, textHash: after.textHash, recipientsHash: after.recipientsHash }))).toBe('conflict');

    await approveMessage(second, { messageId: id, textHash: after.textHash, recipientsHash: after.recipientsHash });
    const approved = await getMessage(author, { messageId: id });
    expect(approved.state).toBe('approved');
    expect(approved.approvedBy).toBe('Sam Second');
    expect((await auditEntries(ctx)).some((e) => e.action === 'outgoing.approve' && e.actorId === w.second.id)).toBe(true);
  });

  it('voids the approval when the text or the recipients change after it', async () => {
    const id = await draft();
    let view = await getMessage(second, { messageId: id });
    await approveMessage(second, { messageId: id, textHash: view.textHash, recipientsHash: view.recipientsHash });
    const { voidedApproval } = await editMessage(author, { messageId: id, recipientKind: 'reported', recipients: 'dorian@example.com', body: `${DRAFT}\nThank you.` });
    expect(voidedApproval).toBe(true);
    view = await getMessage(author, { messageId: id });
    expect(view.state).toBe('draft');
    expect(await codeOf(sendMessage(author, { messageId: id, textHash: view.textHash, recipientsHash: view.recipientsHash, via: 'copy' }))).toBe('conflict');

    await approveMessage(second, { messageId: id, textHash: view.textHash, recipientsHash: view.recipientsHash });
    await editMessage(author, { messageId: id, recipientKind: 'reported', recipients: 'dorian@example.com\nother@example.com', body: `${DRAFT}\nThank you.` });
    expect((await getMessage(author, { messageId: id })).state).toBe('draft');
  });

  it('sends through the outbox: the sealed body holds the approved text and none of the reporter’s identifiers', async () => {
    const id = await draft({ recipients: 'dorian@example.com, moderators@example.org' });
    const view = await getMessage(second, { messageId: id });
    await approveMessage(second, { messageId: id, textHash: view.textHash, recipientsHash: view.recipientsHash });
    const sent = await sendMessage(author, { messageId: id, textHash: view.textHash, recipientsHash: view.recipientsHash, via: 'mail' });
    expect(sent).toEqual({ via: 'mail', queued: 2 });
    const rows = await ctx.db.select().from(outbox);
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.template).toBe('composed_message');
      expect(r.body).not.toContain('Hello'); // sealed at rest
      expect(r.subject).not.toMatch(/Marisol|Dorian|Harassment/);
    }
    const claimed = await claimDueMail(ctx, { limit: 10, leaseMs: 60_000 });
    expect(claimed.map((m) => m.to).sort()).toEqual(['dorian@example.com', 'moderators@example.org']);
    for (const m of claimed) {
      expect(m.body).toBe(view.text);
      for (const identifier of REPORTER_IDENTIFIERS) expect(m.body).not.toContain(identifier);
    }
    expect((await getMessage(author, { messageId: id })).state).toBe('sent');
    expect(await codeOf(editMessage(author, { messageId: id, recipientKind: 'reported', recipients: 'x@example.com', body: 'x' }))).toBe('conflict');
    const [entry] = (await auditEntries(ctx)).filter((e) => e.action === 'outgoing.send');
    expect(entry?.details).toMatchObject({ via: 'mail', recipients: 2 });
  });

  it('records a send by copy without queueing mail, and notes a change of recipients at the top of the thread', async () => {
    const first = await draft();
    let view = await getMessage(second, { messageId: first });
    expect(view.note).toBeNull();
    await approveMessage(second, { messageId: first, textHash: view.textHash, recipientsHash: view.recipientsHash });
    expect(await sendMessage(author, { messageId: first, textHash: view.textHash, recipientsHash: view.recipientsHash, via: 'copy' })).toEqual({ via: 'copy', queued: 0 });
    expect(await ctx.db.select().from(outbox)).toHaveLength(0);

    const next = await draft({ recipients: 'dorian@example.com\nadvocate@example.org', body: 'A follow-up.' });
    view = await getMessage(author, { messageId: next });
    expect(view.note).toBe('[Note: the recipients of this conversation changed since our previous message: 1 recipient added.]');
    expect(view.text.startsWith(view.note!)).toBe(true);
    expect(view.text).not.toContain('advocate@example.org');
    const same = await draft({ body: 'Same people.' });
    expect((await getMessage(author, { messageId: same })).note).toBeNull();
    expect((await listCaseMessages(author, { caseId: w.caseId })).map((m) => m.state)).toEqual(['sent', 'draft', 'draft']);
  });

  it('joins the four parts of a message to a reported party into one labelled draft', async () => {
    expect(await codeOf(draftMessage(author, { caseId: w.caseId, kind: 'four_part', recipientKind: 'reported', recipients: 'dorian@example.com' }))).toBe('invalid_input');
    const { id } = await draftMessage(author, {
      caseId: w.caseId,
      kind: 'four_part',
      recipientKind: 'reported',
      recipients: 'dorian@example.com',
      parts: {
        behaviour: 'You repeatedly messaged mquennell after being asked to stop.',
        impact: 'The person felt unable to take part in the project.',
        expectedChanges: 'Do not contact them again in any space.',
        consequence: 'A warning; a further report will lead to a suspension.',
      },
    });
    const view = await getMessage(author, { messageId: id });
    expect(view.parts?.impact).toMatch(/unable/);
    expect(view.draft).toMatch(/^The behaviour:\nYou repeatedly messaged mquennell/);
    expect(view.draft).toContain('\n\nIts impact:\n');
    expect(view.draft).toContain('\n\nWhat we expect to change:\n');
    expect(view.draft).toContain('\n\nThe consequence:\nA warning');
    expect(view.text).not.toContain('mquennell');
  });

  it('builds a history summary from the register (categories and consequences by month, no case details)', async () => {
    const { id } = await draftHistorySummary(author, { caseId: w.caseId, casePersonId: w.reportedRowId, space: 'the spring sprint', recipients: 'organizers@example.org' });
    const view = await getMessage(author, { messageId: id });
    expect(view.kind).toBe('history_summary');
    expect(view.draft).toContain('January 2026: Harassment — still under review');
    expect(view.draft).not.toMatch(/\b12\b|2026-01/);
    expect(view.draft).not.toContain(view.caseCodeName);
    expect(view.draft).not.toContain('Dorian');
  });
});
