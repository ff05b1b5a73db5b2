// The working group's side of the reporter's path: the conversation on a case, the templates
// (the chair's). The board's requests for reconsideration are in its own area (routes/wg/board.tsx).
import type { Context } from 'hono';
import { TEMPLATE_KEYS, type TemplateKey } from '../../../domain/report-intake';
import { getReporterThread, listMessageTemplates, messageReporter, proposeResolution, updateMessageTemplate } from '../../../services/intake';
import type { AppEnv } from '../../env';
import { fieldErrors, readForm, str } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { ReporterThreadPage, TemplatesPage } from '../../views/intake/working-group';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';
import { caseAccess, caseIdOf } from './cases-shared';

async function renderThread(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const view = await getReporterThread(c.var.ctx, { caseId: caseIdOf(c) });
  const template = c.req.query('template');
  const start = template && (TEMPLATE_KEYS as readonly string[]).includes(template) ? { purpose: template, body: view.templates[template as TemplateKey] } : {};
  return c.html(<ReporterThreadPage page={pageContext(c)} view={view} timeZone={c.var.deps.config.organisation.timeZone} values={{ ...start, ...values }} errors={errors} />, status);
}

export const reporterMessageRoutes = defineRoutes('/wg', (r) => {
  r.get('/cases/:caseId/reporter', caseAccess('read:case'), (c) => renderThread(c, {}, {}, 200), { resourceParam: 'caseId' });

  const form = (path: string, run: (c: Context<AppEnv>, v: FormValues) => Promise<void>, names: Record<string, string>, done: string) =>
    r.post(`/cases/:caseId/reporter/${path}`, caseAccess('update:case'), async (c) => {
      const values = await readForm(c);
      try {
        await run(c, values);
      } catch (e) {
        const errors = fieldErrors(e);
        if (!errors) throw e;
        return renderThread(c, values, Object.fromEntries(Object.entries(errors).map(([k, m]) => [names[k] ?? k, m])), 400);
      }
      return redirectWithFlash(c, `/wg/cases/${caseIdOf(c)}/reporter`, done);
    }, { resourceParam: 'caseId' });

  form('messages', (c, v) => messageReporter(c.var.ctx, { caseId: caseIdOf(c), purpose: str(v.purpose), body: str(v.body) }), {}, 'Message sent to the reporter.');
  form('proposal', (c, v) => proposeResolution(c.var.ctx, { caseId: caseIdOf(c), body: str(v.proposal) }), { body: 'proposal' }, 'Proposed resolution shared with the reporter.');

  r.get('/templates', { permission: 'manage:templates' }, async (c) => c.html(<TemplatesPage page={pageContext(c)} templates={await listMessageTemplates(c.var.ctx)} values={{}} errors={{}} />));
  r.post('/templates', { permission: 'manage:templates' }, async (c) => {
    const values = await readForm(c);
    const key = str(values.key);
    try {
      await updateMessageTemplate(c.var.ctx, { key, body: str(values[`body-${key}`]) });
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      const renamed = Object.fromEntries(Object.entries(errors).map(([k, m]) => [k === 'body' ? `body-${key}` : k, m]));
      return c.html(<TemplatesPage page={pageContext(c)} templates={await listMessageTemplates(c.var.ctx)} values={values} errors={renamed} />, 400);
    }
    return redirectWithFlash(c, '/wg/templates', 'Template saved.');
  });
});
