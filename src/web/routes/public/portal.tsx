// The reporter's portal. The receipt code is given once; the browser then holds a short-lived
// signed cookie naming the report (HttpOnly, SameSite=Strict, expires with the browser session
// or after an hour), never the code itself. Wrong codes are limited per client and answered
// after the same fixed time as right ones.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { isCandorError } from '../../../errors';
import { answerProposal, getMyReport, MAX_REPORT_FILE_BYTES, MAX_REPORT_FILES, openReport, redeemPortalLink, replyToWorkingGroup, requestPortalLink, requestReconsiderationByReporter } from '../../../services/intake';
import type { ServiceContext } from '../../../services/context';
import { clientOf, limiterFor } from '../../client-limits';
import type { AppEnv } from '../../env';
import { fieldErrors, readForm, str } from '../../forms';
import { clearCookie, readCookie, writeCookie } from '../../middleware/cookies';
import { redirectWithFlash } from '../../middleware/flash';
import { webKey } from '../../middleware/secrets';
import { LostCodePage, OpenLinkPage, PortalReportPage, PortalSignInPage, RequestLinkPage } from '../../views/intake/portal';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';
import { uploadsOf } from './report';

const open = { public: true } as const;
const PORTAL_COOKIE = 'candor_report';
const PORTAL_TTL_MS = 60 * 60_000;
/** Every receipt-code answer takes at least this long, whatever the code: timing tells nothing. */
const ANSWER_FLOOR_MS = 400;
const WRONG_CODES = { max: 10, windowMs: 15 * 60_000 };
/** Link requests per client: enough for a typo or two, not for trying a list of addresses. */
const LINK_REQUESTS = { max: 5, windowMs: 15 * 60_000 };

function sign(c: Context<AppEnv>, payload: string): string {
  return createHmac('sha256', webKey(c.var.deps.keys, 'portal')).update(payload).digest('base64url');
}

function setPortalCookie(c: Context<AppEnv>, caseId: string): void {
  const payload = `${caseId}.${Date.now() + PORTAL_TTL_MS}`;
  writeCookie(c, PORTAL_COOKIE, `${payload}.${sign(c, payload)}`, { sameSite: 'Strict' });
}

/** The report this browser opened, if its cookie is genuine and fresh. */
function portalCaseId(c: Context<AppEnv>): string | null {
  const v = readCookie(c, PORTAL_COOKIE);
  const m = v ? /^([0-9a-f-]{36})\.(\d+)\.([A-Za-z0-9_-]+)$/.exec(v) : null;
  if (!m) return null;
  const expected = Buffer.from(sign(c, `${m[1]}.${m[2]}`));
  const given = Buffer.from(m[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(m[2]) > Date.now() ? m[1]! : null;
}

function reporterContext(c: Context<AppEnv>): ServiceContext | null {
  const caseId = portalCaseId(c);
  return caseId ? c.var.deps.context({ kind: 'reporter', caseId }) : null;
}

const untilFloor = (start: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, start + ANSWER_FLOOR_MS - Date.now())));

async function renderReport(c: Context<AppEnv>, ctx: ServiceContext, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const report = await getMyReport(ctx);
  return c.html(
    <PortalReportPage page={pageContext(c)} report={report} timeZone={c.var.deps.config.organisation.timeZone} values={values} errors={errors} maxFiles={MAX_REPORT_FILES} maxFileMb={MAX_REPORT_FILE_BYTES / (1024 * 1024)} />,
    status,
  );
}

export const portalRoutes = defineRoutes('/portal', (r) => {
  r.get('/', open, (c) => (portalCaseId(c) ? c.redirect('/portal/report', 303) : c.html(<PortalSignInPage page={pageContext(c)} values={{}} errors={{}} />)));

  r.post('/', open, async (c) => {
    const start = Date.now();
    const values = await readForm(c);
    const limiter = limiterFor(c, 'receipt', WRONG_CODES);
    const client = clientOf(c);
    if (!limiter.allows(client)) {
      await untilFloor(start);
      return c.html(<PortalSignInPage page={pageContext(c)} values={values} errors={{ form: 'Too many wrong receipt codes were tried from here. Please wait fifteen minutes and try again.' }} />, 429);
    }
    try {
      const { caseId } = await openReport(c.var.deps.context({ kind: 'anonymous' }), { receiptCode: str(values.receiptCode) });
      await untilFloor(start);
      setPortalCookie(c, caseId);
      return c.redirect('/portal/report', 303);
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors && !(isCandorError(e) && e.code === 'not_found')) throw e;
      limiter.count(client);
      await untilFloor(start);
      return c.html(
        <PortalSignInPage page={pageContext(c)} values={values} errors={{ receiptCode: 'No report has this receipt code. Check each word and its order.' }} />,
        400,
      );
    }
  });

  r.get('/lost-code', open, (c) => c.html(<LostCodePage page={pageContext(c)} />));

  r.get('/link', open, (c) => c.html(<RequestLinkPage page={pageContext(c)} values={{}} errors={{}} sent={c.req.query('sent') === '1'} />));

  r.post('/link', open, async (c) => {
    const values = await readForm(c);
    const limiter = limiterFor(c, 'portal-link', LINK_REQUESTS);
    const client = clientOf(c);
    if (!limiter.allows(client)) {
      return c.html(<RequestLinkPage page={pageContext(c)} values={values} errors={{ form: 'Too many links were asked for from here. Please wait fifteen minutes and try again.' }} sent={false} />, 429);
    }
    try {
      await requestPortalLink(c.var.deps.context({ kind: 'anonymous' }), { email: str(values.email) });
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return c.html(<RequestLinkPage page={pageContext(c)} values={values} errors={errors} sent={false} />, 400);
    }
    limiter.count(client);
    return c.redirect('/portal/link?sent=1', 303);
  });

  r.get('/link/:token', open, (c) => c.html(<OpenLinkPage page={pageContext(c)} token={encodeURIComponent(c.req.param('token') ?? '')} failed={false} />));

  r.post('/link/:token', open, async (c) => {
    const token = c.req.param('token') ?? '';
    try {
      const { caseId } = await redeemPortalLink(c.var.deps.context({ kind: 'anonymous' }), { token });
      setPortalCookie(c, caseId);
      return c.redirect('/portal/report', 303);
    } catch (e) {
      if (!(isCandorError(e) && (e.code === 'not_found' || e.code === 'invalid_input'))) throw e;
      return c.html(<OpenLinkPage page={pageContext(c)} token="" failed={true} />, 400);
    }
  });

  r.get('/report', open, async (c) => {
    const ctx = reporterContext(c);
    return ctx ? renderReport(c, ctx, {}, {}, 200) : c.redirect('/portal', 303);
  }, { publicStatus: 303 });

  const form = (path: string, run: (ctx: ServiceContext, c: Context<AppEnv>, values: FormValues) => Promise<void>, done: string) =>
    r.post(path, open, async (c) => {
      const ctx = reporterContext(c);
      if (!ctx) return c.redirect('/portal', 303);
      const values = await readForm(c);
      try {
        await run(ctx, c, values);
      } catch (e) {
        const errors = fieldErrors(e);
        if (!errors) throw e;
        return renderReport(c, ctx, values, errors, 400);
      }
      return redirectWithFlash(c, '/portal/report', done);
    }, { publicStatus: 303 });

  form('/report/reply', async (ctx, c, v) => replyToWorkingGroup(ctx, { body: str(v.body), files: await uploadsOf(c, 'files') }), 'Your message has been sent to the working group.');
  form('/report/answer', (ctx, _c, v) => answerProposal(ctx, { answer: str(v.answer), comment: str(v.comment) }), 'Your answer has been sent to the working group.');
  form('/report/reconsider', (ctx, _c, v) => requestReconsiderationByReporter(ctx, { reasons: str(v.reasons) }), 'Your request has been sent to the board.');

  r.post('/sign-out', open, (c) => {
    clearCookie(c, PORTAL_COOKIE);
    return c.redirect('/portal', 303);
  }, { publicStatus: 303 });
});
