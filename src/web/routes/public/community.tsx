// The public community page: a form to ask a question or propose a change, and the answers the
// working group published (searchable). No sign-in; nothing about the sender is read or kept —
// which is also why the rate limit below counts all senders together rather than per address.
import type { Context } from 'hono';
import { listPublicCommunityItems, submitCommunityItem } from '../../../services/community';
import { listPublicDocuments } from '../../../services/documents';
import { limiterFor } from '../../client-limits';
import type { AppEnv } from '../../env';
import { fieldErrors, formInput, readForm, str } from '../../forms';
import { CommunityPage } from '../../views/community/pages';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';

const open = { public: true } as const;

/** At most this many messages per window from everyone together: enough for a community, not for a flood. */
const COMMUNITY_LIMIT = { max: 30, windowMs: 10 * 60_000 };
// Every sender is the same client to the limiter: it is never told who sent what.
const EVERYONE = 'everyone';

async function page(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400 | 429, sent = false) {
  const q = (c.req.query('q') ?? '').slice(0, 200);
  const [items, documents] = await Promise.all([listPublicCommunityItems(c.var.ctx, q), listPublicDocuments(c.var.ctx)]);
  return c.html(<CommunityPage page={pageContext(c)} items={items} documents={documents} q={q} values={values} errors={errors} sent={sent} />, status);
}

export const publicCommunityRoutes = defineRoutes('/community', (r) => {
  r.get('/', open, (c) => page(c, {}, {}, 200, c.req.query('sent') === '1'));
  r.post('/', open, async (c) => {
    const values = await readForm(c);
    // A filled honeypot is a robot: answer as if accepted, keep nothing.
    if (str(values.website) !== '') return c.redirect('/community?sent=1', 303);
    const { website: _hp, ...fields } = values;
    const limiter = limiterFor(c, 'community', COMMUNITY_LIMIT);
    const now = c.var.ctx.now().getTime();
    if (!limiter.allows(EVERYONE, now)) {
      return page(c, fields, { form: 'We are receiving many messages right now. Please try again in a few minutes; what you wrote is kept below.' }, 429);
    }
    try {
      await submitCommunityItem(c.var.ctx, formInput(fields));
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return page(c, fields, errors, 400);
    }
    limiter.count(EVERYONE, now);
    return c.redirect('/community?sent=1', 303);
  });
});
