// The composer's pages under a case: the case's messages and the forms to start one, then one
// message with its replacements, undo and add forms, the edit form, approval and sending.
import type { Context } from 'hono';
import { ROLE_IN_CASE_LABELS } from '../../../domain/case-lifecycle';
import { FOUR_PARTS } from '../../../domain/outgoing-message';
import { notFound } from '../../../errors';
import { getCase } from '../../../services/cases/get-case';
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
} from '../../../services/outgoing';
import type { AppEnv } from '../../env';
import { str, submitForm } from '../../forms';
import { CaseMessagesPage, ComposerPage, NewMessagePage, type NewMessageForm } from '../../views/outgoing';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';
import { caseIdOf, caseResource } from './cases-shared';

const composer = { permission: 'compose:message', resource: caseResource } as const;
const messageIdOf = (c: Context<AppEnv>): string => c.req.param('messageId') ?? '';

async function listPage(c: Context<AppEnv>) {
  const ctx = c.var.ctx;
  const items = await listCaseMessages(ctx, { caseId: caseIdOf(c) });
  const view = await getCase(ctx, { caseId: caseIdOf(c) });
  return c.html(<CaseMessagesPage page={pageContext(c)} caseId={view.id} codeName={view.codeName} items={items} />);
}

const formOf = (v: string | undefined): NewMessageForm => (v === 'four_part' || v === 'history' ? v : 'message');

async function newPage(c: Context<AppEnv>, form: NewMessageForm, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const view = await getCase(c.var.ctx, { caseId: caseIdOf(c) });
  const people = view.people.filter((p) => p.personCodeName !== null).map((p) => ({ id: p.id, label: `${ROLE_IN_CASE_LABELS[p.roleInCase]} ${p.personCodeName}` }));
  return c.html(<NewMessagePage page={pageContext(c)} caseId={view.id} codeName={view.codeName} people={people} form={form} values={values} errors={errors} />, status);
}

async function composerPage(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const view = await getMessage(c.var.ctx, { messageId: messageIdOf(c) });
  // A message is reached only under its own case (the guard checked that case's rule).
  if (view.caseId !== caseIdOf(c)) throw notFound();
  return c.html(<ComposerPage page={pageContext(c)} view={view} values={values} errors={errors} />, status);
}

/** The message's fields from a form: one body, or the four parts as parts.<name>. */
function contentFrom(v: FormValues) {
  const hasParts = FOUR_PARTS.some((p) => v[`parts.${p}`] !== undefined);
  return {
    recipientKind: str(v.recipientKind),
    recipients: str(v.recipients),
    ...(hasParts ? { parts: Object.fromEntries(FOUR_PARTS.map((p) => [p, str(v[`parts.${p}`])])) } : { body: str(v.body) }),
  };
}

export const caseMessageRoutes = defineRoutes('/wg/cases', (r) => {
  r.get('/:caseId/messages', composer, (c) => listPage(c), { resourceParam: 'caseId' });

  r.get('/:caseId/messages/new', composer, (c) => newPage(c, formOf(c.req.query('form')), {}, {}, 200), { resourceParam: 'caseId' });

  r.post('/:caseId/messages', composer, (c) =>
    submitForm(c, {
      run: (v) => draftMessage(c.var.ctx, { caseId: caseIdOf(c), kind: str(v.kind) || 'message', ...contentFrom(v) }),
      done: ({ id }) => ({ to: `/wg/cases/${caseIdOf(c)}/messages/${id}`, flash: 'Draft checked. Review each replacement below.' }),
      page: (v, errors) => newPage(c, str(v.kind) === 'four_part' ? 'four_part' : 'message', v, errors, 400),
    }), { resourceParam: 'caseId' });

  r.post('/:caseId/messages/history', composer, (c) =>
    submitForm(c, {
      run: (v) => draftHistorySummary(c.var.ctx, { caseId: caseIdOf(c), casePersonId: str(v.casePersonId), space: str(v.space), recipientKind: str(v.recipientKind), recipients: str(v.recipients) }),
      done: ({ id }) => ({ to: `/wg/cases/${caseIdOf(c)}/messages/${id}`, flash: 'Summary written from the register. Review it below.' }),
      page: (v, errors) => newPage(c, 'history', v, errors, 400),
    }), { resourceParam: 'caseId' });

  r.get('/:caseId/messages/:messageId', composer, (c) => composerPage(c, {}, {}, 200), { resourceParam: 'caseId', okStatus: 404 });

  const back = (c: Context<AppEnv>) => `/wg/cases/${caseIdOf(c)}/messages/${messageIdOf(c)}`;
  const post = (path: string, run: (c: Context<AppEnv>, v: FormValues) => Promise<unknown>, flash: string, rename?: (v: FormValues, e: FieldErrors) => [FormValues, FieldErrors]) =>
    r.post(`/:caseId/messages/:messageId/${path}`, composer, (c) =>
      submitForm(c, {
        run: (v) => run(c, v),
        done: () => ({ to: back(c), flash }),
        page: (v, errors) => {
          const [values, shown] = rename ? rename(v, errors) : [v, errors];
          return composerPage(c, values, shown, 400);
        },
      }), { resourceParam: 'caseId', okStatus: 404 });

  post('edit', (c, v) => editMessage(c.var.ctx, { messageId: messageIdOf(c), ...contentFrom(v) }), 'Saved and checked again. Any approval is void.');
  post(
    'undo',
    (c, v) => {
      const i = str(v.replacement);
      return undoReplacement(c.var.ctx, { messageId: messageIdOf(c), textHash: str(v.textHash), replacement: i, reason: str(v[`reason-${i}`]) });
    },
    'Replacement undone: those words go out as written.',
    // One form per replacement: its reason field is named after the replacement.
    (v, e) => {
      const { reason, ...rest } = e;
      return [v, reason === undefined ? rest : { ...rest, [`reason-${str(v.replacement)}`]: reason }];
    },
  );
  post('restore', (c, v) => restoreReplacement(c.var.ctx, { messageId: messageIdOf(c), textHash: str(v.textHash), undone: str(v.undone) }), 'Replacement applied again.');
  post('redact', (c, v) => redactPhrase(c.var.ctx, { messageId: messageIdOf(c), textHash: str(v.textHash), phrase: str(v.phrase) }), 'Those words are removed.');
  post('approve', (c, v) => approveMessage(c.var.ctx, { messageId: messageIdOf(c), textHash: str(v.textHash), recipientsHash: str(v.recipientsHash) }), 'Approved. It may now be sent as it is.');
  post('send', (c, v) => sendMessage(c.var.ctx, { messageId: messageIdOf(c), textHash: str(v.textHash), recipientsHash: str(v.recipientsHash), via: str(v.via) }), 'Sent, and recorded on the case.');
});
