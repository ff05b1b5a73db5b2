// Retention (decision 030): the chair sees what the record-keeping rules make due, confirms each
// expungement after a step that says what will be destroyed, and records reporters' removal requests.
import type { Context } from 'hono';
import { invalidInput, isCandorError } from '../../../errors';
import { expungeCase, listRetentionDue, recordReporterRemoval } from '../../../services/retention';
import type { AppEnv } from '../../env';
import { str, submitForm } from '../../forms';
import { RetentionPage } from '../../views/retention';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';

const chair = { permission: 'expunge:case' } as const;

/** The page; `confirm` picks the due item whose confirmation step is shown (only one the viewer may act on). */
async function render(c: Context<AppEnv>, confirm: { caseId: string; kind: string } | null, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const overview = await listRetentionDue(c.var.ctx);
  const confirming = confirm ? (overview.due.find((d) => d.caseId === confirm.caseId && d.kind === confirm.kind) ?? null) : null;
  return c.html(<RetentionPage page={pageContext(c)} overview={overview} confirming={confirming} values={values} errors={errors} />, status);
}

export const retentionRoutes = defineRoutes('/wg/retention', (r) => {
  r.get('/', chair, (c) => {
    const caseId = c.req.query('case');
    const kind = c.req.query('kind');
    return render(c, caseId && kind ? { caseId, kind } : null, {}, {}, 200);
  });

  r.post('/expunge', chair, (c) =>
    submitForm(c, {
      run: (v) => expungeCase(c.var.ctx, { caseId: str(v.caseId), kind: str(v.kind), confirm: str(v.confirm) }),
      done: (result) => ({ to: '/wg/retention', flash: `${result.codeName}: expunged under the retention rules.` }),
      page: (v, errors) => render(c, { caseId: str(v.caseId), kind: str(v.kind) }, {}, errors, 400),
    }),
  );

  r.post('/reporter-requests', chair, (c) =>
    submitForm(c, {
      run: async (v) => {
        try {
          return await recordReporterRemoval(c.var.ctx, { caseCode: str(v.caseCode) });
        } catch (e) {
          // Unknown and off-limits cases answer alike, as a field error on the code name.
          if (isCandorError(e) && (e.code === 'not_found' || e.code === 'forbidden')) {
            const message = 'No case you may act on has that code name';
            throw invalidInput(message, [{ field: 'caseCode', message }]);
          }
          throw e;
        }
      },
      done: (result) => ({ to: '/wg/retention', flash: `${result.codeName}: the reporter's removal request is recorded.` }),
      page: (v, errors) => render(c, null, v, errors, 400),
    }),
  );
});
