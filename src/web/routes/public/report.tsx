// The public report form. No sign-in; the visitor acts as anonymous whoever they are. Nothing
// about the client (address, user agent) is stored or logged: the rate limit keys on a keyed hash
// held in memory. A refused submission comes back with everything typed and the reason.
import type { Context } from 'hono';
import { listReportPlaces, MAX_REPORT_FILE_BYTES, MAX_REPORT_FILES, submitReport, type Upload } from '../../../services/intake';
import { clientOf, limiterFor } from '../../client-limits';
import type { AppEnv } from '../../env';
import { fieldErrors, readForm, str } from '../../forms';
import { ReportFormPage, ReportReceivedPage } from '../../views/intake/report-form';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';

const open = { public: true } as const;
const SUBMISSIONS = { max: 5, windowMs: 10 * 60_000 };

/** The files of a multipart form; a file input left empty arrives as a nameless empty part. */
export async function uploadsOf(c: Context<AppEnv>, name: string): Promise<Upload[]> {
  const body = await c.req.parseBody({ all: true });
  const raw = body[name];
  const parts = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const out: Upload[] = [];
  for (const p of parts) {
    if (typeof p === 'string' || (p.size === 0 && p.name === '')) continue;
    out.push({ filename: p.name, declaredType: p.type || null, bytes: new Uint8Array(await p.arrayBuffer()) });
  }
  return out;
}

async function renderForm(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400 | 429) {
  const anonymous = c.var.deps.context({ kind: 'anonymous' });
  const places = await listReportPlaces(anonymous);
  return c.html(
    <ReportFormPage
      page={pageContext(c)}
      workingGroup={c.var.deps.config.organisation.workingGroupName}
      places={places}
      values={values}
      errors={errors}
      maxFiles={MAX_REPORT_FILES}
      maxFileMb={MAX_REPORT_FILE_BYTES / (1024 * 1024)}
    />,
    status,
  );
}

const when = (d: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(d);

export const reportRoutes = defineRoutes('/report', (r) => {
  r.get('/', open, (c) => renderForm(c, {}, {}, 200));

  r.post('/', open, async (c) => {
    const values = await readForm(c);
    const limiter = limiterFor(c, 'report', SUBMISSIONS);
    const client = clientOf(c);
    if (str(values.website) !== '') {
      limiter.count(client);
      return renderForm(c, values, { form: 'The report was not sent: a field that people leave empty was filled in, as automated spam does. If you filled in everything by hand, send it again.' }, 400);
    }
    if (!limiter.allows(client)) {
      return renderForm(c, values, { form: 'Too many reports were sent from here in the last few minutes, so this one was not sent. Your text is kept below: wait ten minutes and send it again.' }, 429);
    }
    try {
      const files = await uploadsOf(c, 'files');
      const anonymous = c.var.deps.context({ kind: 'anonymous' });
      const done = await submitReport(
        anonymous,
        {
          contactEmail: str(values.contactEmail),
          anonymous: str(values.anonymous) === 'yes',
          peopleInvolved: str(values.peopleInvolved),
          witnesses: str(values.witnesses),
          when: str(values.when),
          where: str(values.where),
          whereElse: str(values.whereElse),
          whatHappened: str(values.whatHappened),
          links: str(values.links),
          context: str(values.context),
          ongoing: str(values.ongoing),
          translationTool: str(values.translationTool),
          language: str(values.language),
          files,
        },
      );
      limiter.count(client);
      const tz = c.var.deps.config.organisation.timeZone;
      return c.html(<ReportReceivedPage page={pageContext(c)} receiptCode={done.receiptCode} acknowledgeBy={when(done.acknowledgeBy, tz)} respondBy={when(done.respondBy, tz)} />);
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return renderForm(c, values, errors, 400);
    }
  });
});
