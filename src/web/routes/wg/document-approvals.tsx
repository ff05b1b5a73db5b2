// The board's page: changes to the code of conduct waiting for its recorded approval.
import type { Context } from 'hono';
import { notFound } from '../../../errors';
import { diffLines } from '../../../domain/line-diff';
import { approveDocumentChange, listChangesAwaitingBoard } from '../../../services/documents';
import type { AppEnv } from '../../env';
import { fieldErrors, formInput, readForm } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { BoardApprovalPage, BoardApprovalsPage } from '../../views/documents/wg';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';

const board = { permission: 'approve:document' } as const;

async function one(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const id = c.req.param('versionId');
  const item = (await listChangesAwaitingBoard(c.var.ctx)).find((i) => i.version.id === id);
  if (!item) throw notFound();
  const before = item.document.versions.filter((v) => v.seq < item.version.seq).at(-1);
  const lines = diffLines(before?.body ?? '', item.version.body ?? '');
  return c.html(<BoardApprovalPage page={pageContext(c)} document={item.document} version={item.version} lines={lines} values={values} errors={errors} />, status);
}

export const documentApprovalRoutes = defineRoutes('/wg/document-approvals', (r) => {
  r.get('/', board, async (c) => c.html(<BoardApprovalsPage page={pageContext(c)} items={await listChangesAwaitingBoard(c.var.ctx)} />));
  r.get('/:versionId', board, (c) => one(c, {}, {}, 200), { okStatus: 404 });
  r.post('/:versionId', board, async (c) => {
    const values = await readForm(c);
    try {
      await approveDocumentChange(c.var.ctx, { ...formInput(values), versionId: c.req.param('versionId') ?? '' });
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return one(c, values, errors, 400);
    }
    return redirectWithFlash(c, '/wg/document-approvals', 'The board’s approval is recorded; the version is public once its summary and rationale are approved too.');
  }, { okStatus: 404 });
});
