// The chair's documentation: the documents, a new document, one document's editor with its
// versions, and the record of a version published elsewhere. The board's approvals of code of
// conduct changes are in ./document-approvals.
import type { Context } from 'hono';
import { addDocumentVersion, createDocument, getDocumentForChair, listDocumentsForChair, saveDocumentVersion } from '../../../services/documents';
import type { AppEnv } from '../../env';
import { fieldErrors, formInput, readForm } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { DocumentEditPage, DocumentsListPage, RecordElsewherePage } from '../../views/documents/wg';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';

const chair = { permission: 'publish:release' } as const;
const PENDING = 'It is published once a second member approves its summary and rationale';

async function list(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  return c.html(<DocumentsListPage page={pageContext(c)} docs={await listDocumentsForChair(c.var.ctx)} values={values} errors={errors} />, status);
}

async function edit(c: Context<AppEnv>, values: FormValues | null, errors: FieldErrors, status: 200 | 400) {
  const doc = await getDocumentForChair(c.var.ctx, { documentId: c.req.param('documentId') ?? '' });
  return c.html(<DocumentEditPage page={pageContext(c)} doc={doc} values={values ?? { body: doc.versions.at(-1)?.body ?? '' }} errors={errors} />, status);
}

/** Runs the verb; a validation error re-renders the form with what was typed. */
async function submit(c: Context<AppEnv>, run: (values: FormValues) => Promise<string>, rerender: (values: FormValues, errors: FieldErrors) => Promise<Response>) {
  const values = await readForm(c);
  try {
    return await run(values).then((flash) => ({ flash }));
  } catch (e) {
    const errors = fieldErrors(e);
    if (!errors) throw e;
    return { response: await rerender(values, errors) };
  }
}

export const documentRoutes = defineRoutes('/wg/documents', (r) => {
  r.get('/', chair, (c) => list(c, {}, {}, 200));
  r.post('/new', chair, async (c) => {
    let created = '';
    const out = await submit(
      c,
      async (v) => {
        created = (await createDocument(c.var.ctx, formInput(v))).id;
        return `Document created. ${PENDING}.`;
      },
      (v, e) => list(c, v, e, 400),
    );
    return 'response' in out ? out.response : redirectWithFlash(c, `/wg/documents/${created}`, out.flash);
  });
  r.get('/elsewhere', chair, (c) => c.html(<RecordElsewherePage page={pageContext(c)} values={{}} errors={{}} />));
  r.post('/', chair, async (c) => {
    const out = await submit(
      c,
      async (v) => {
        await addDocumentVersion(c.var.ctx, formInput(v));
        return `Version recorded and checked. ${PENDING}.`;
      },
      async (v, e) => c.html(<RecordElsewherePage page={pageContext(c)} values={v} errors={e} />, 400),
    );
    return 'response' in out ? out.response : redirectWithFlash(c, '/wg/documents', out.flash);
  });
  r.get('/:documentId', chair, (c) => edit(c, null, {}, 200), { okStatus: 404 });
  r.post('/:documentId', chair, async (c) => {
    const documentId = c.req.param('documentId') ?? '';
    const out = await submit(
      c,
      async (v) => {
        const saved = await saveDocumentVersion(c.var.ctx, { ...formInput(v), documentId });
        return `Version ${saved.version} saved and checked. ${PENDING}.`;
      },
      (v, e) => edit(c, v, e, 400),
    );
    return 'response' in out ? out.response : redirectWithFlash(c, `/wg/documents/${documentId}`, out.flash);
  }, { okStatus: 404 });
});
