// The parts of a case on their own pages: people rows, attachments and the recusal declaration.
import type { Context } from 'hono';
import { addAttachment } from '../../../services/attachments/add-attachment';
import { downloadAttachment } from '../../../services/attachments/download-attachment';
import { addCasePerson } from '../../../services/cases/add-case-person';
import { getCase } from '../../../services/cases/get-case';
import { updateCasePerson } from '../../../services/cases/update-case-person';
import { declareRecusal } from '../../../services/recusals/declare-recusal';
import { notFound } from '../../../errors';
import { getOwnRecusal } from '../../../services/recusals/get-own-recusal';
import { requestRecusalWithdrawal } from '../../../services/recusals/request-recusal-withdrawal';
import type { AppEnv } from '../../env';
import { fieldErrors, readForm, str, submitForm } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { OwnRecusalPage, PersonRowPage, RecusalPage } from '../../views/cases/forms-pages';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';
import { caseAccess, caseIdOf, renderCasePage } from './cases-shared';

function rowInputFrom(values: FormValues) {
  return {
    personCodeName: str(values.personCodeName),
    roleInCase: str(values.roleInCase),
    consequence: str(values.consequence) || null,
    suspensionFrom: str(values.suspensionFrom) || null,
    suspensionUntil: str(values.suspensionUntil) || null,
    flagged: str(values.flagged) === 'yes',
  }; // parsed by the verb with Zod
}

async function renderRow(c: Context<AppEnv>, rowId: string | undefined, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const view = await getCase(c.var.ctx, { caseId: caseIdOf(c) });
  if (rowId && !view.people.some((p) => p.id === rowId)) throw notFound();
  return c.html(<PersonRowPage page={pageContext(c)} caseId={view.id} codeName={view.codeName} rowId={rowId} values={values} errors={errors} />, status);
}

/** `filename` for old browsers (ASCII only) and `filename*` with the exact name. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const casePartRoutes = defineRoutes('/wg/cases', (r) => {
  r.get('/:caseId/people/new', caseAccess('update:case'), (c) => renderRow(c, undefined, { roleInCase: 'reported' }, {}, 200), { resourceParam: 'caseId' });

  r.post('/:caseId/people', caseAccess('update:case'), async (c) => {
    const values = await readForm(c);
    try {
      const row = await addCasePerson(c.var.ctx, { caseId: caseIdOf(c), ...rowInputFrom(values) });
      return redirectWithFlash(c, `/wg/cases/${caseIdOf(c)}`, `Person row ${row.personCodeName} added.`);
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return renderRow(c, undefined, values, errors, 400);
    }
  }, { resourceParam: 'caseId', body: { roleInCase: 'nonsense' } });

  r.get('/:caseId/people/:rowId', caseAccess('update:case'), async (c) => {
    const rowId = c.req.param('rowId') ?? '';
    const view = await getCase(c.var.ctx, { caseId: caseIdOf(c) });
    const row = view.people.find((p) => p.id === rowId);
    if (!row) throw notFound();
    const values: FormValues = {
      personCodeName: row.personCodeName ?? '',
      roleInCase: row.roleInCase,
      consequence: row.consequence ?? '',
      suspensionFrom: row.suspensionFrom ?? '',
      suspensionUntil: row.suspensionUntil ?? '',
      flagged: row.flagged ? 'yes' : '',
    };
    return c.html(<PersonRowPage page={pageContext(c)} caseId={view.id} codeName={view.codeName} rowId={rowId} values={values} errors={{}} />);
  }, { resourceParam: 'caseId' });

  r.post('/:caseId/people/:rowId', caseAccess('update:case'), async (c) => {
    const values = await readForm(c);
    const rowId = c.req.param('rowId') ?? '';
    try {
      await updateCasePerson(c.var.ctx, { caseId: caseIdOf(c), rowId, ...rowInputFrom(values) });
      return redirectWithFlash(c, `/wg/cases/${caseIdOf(c)}`, 'Person row saved.');
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return renderRow(c, rowId, values, errors, 400);
    }
  }, { resourceParam: 'caseId' });

  r.post('/:caseId/attachments', caseAccess('update:case'), async (c) => {
    const body = await c.req.parseBody({ all: true });
    const file = Array.isArray(body.file) ? body.file[0] : body.file;
    try {
      if (!(file instanceof File) || file.size === 0) {
        return await renderCasePage(c, 400, {}, { file: 'choose a file to attach' });
      }
      await addAttachment(c.var.ctx, { caseId: caseIdOf(c), file: { filename: file.name, declaredType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } });
      return redirectWithFlash(c, `/wg/cases/${caseIdOf(c)}`, 'File attached.');
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return renderCasePage(c, 400, {}, errors);
    }
  }, { resourceParam: 'caseId' });

  r.get('/:caseId/attachments/:attachmentId', caseAccess('read:case'), async (c) => {
    const file = await downloadAttachment(c.var.ctx, { caseId: caseIdOf(c), attachmentId: c.req.param('attachmentId') ?? '' });
    // Always a download, never rendered: the browser must not interpret a case document as a page.
    return c.body(new Uint8Array(file.bytes), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.filename),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
  }, { resourceParam: 'caseId' });

  // A member may declare a conflict on any case by its code name, including one they cannot open.
  // A member already recused sees their standing instead, and may ask to withdraw a declaration.
  const recusalPage = async (c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) => {
    const own = await getOwnRecusal(c.var.ctx, { caseId: caseIdOf(c) });
    const props = { page: pageContext(c), caseId: own.caseId, codeName: own.codeName, values, errors };
    return c.html(own.recusal ? <OwnRecusalPage {...props} own={own} /> : <RecusalPage {...props} />, status);
  };

  r.get('/:caseId/recuse', { permission: 'declare:conflicts' }, (c) => recusalPage(c, { reason: 'involved' }, {}, 200));

  r.post('/:caseId/recuse', { permission: 'declare:conflicts' }, (c) =>
    submitForm(c, {
      run: (v) => declareRecusal(c.var.ctx, { caseId: caseIdOf(c), reason: str(v.reason), details: str(v.details) }),
      done: () => ({ to: '/wg/cases', flash: 'You are recused from the case.' }),
      page: (v, errors) => recusalPage(c, v, errors, 400),
    }), { body: { reason: 'nonsense' } });

  r.post('/:caseId/recusal/withdraw', { permission: 'declare:conflicts' }, (c) =>
    submitForm(c, {
      run: (v) => requestRecusalWithdrawal(c.var.ctx, { caseId: caseIdOf(c), confirm: str(v.confirm) }),
      done: ({ alreadyPending }) => ({
        to: '/wg/cases',
        flash: alreadyPending ? 'You had already asked; the chair has not decided yet.' : 'You asked to withdraw your conflict. You stay recused until the chair confirms.',
      }),
      page: (v, errors) => recusalPage(c, v, errors, 400),
    }));
});
