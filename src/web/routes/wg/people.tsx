// The identity key pages, for members with identity-key access only (everyone else gets 404).
import type { Context } from 'hono';
import { createPerson } from '../../../services/people/create-person';
import { findPeopleByIdentifier } from '../../../services/people/find-person';
import { getPerson } from '../../../services/people/get-person';
import { linkCasePerson } from '../../../services/people/link-case-person';
import { listLinkableRows } from '../../../services/people/list-linkable-rows';
import { listPeople } from '../../../services/people/list-people';
import { setPersonStatus } from '../../../services/people/set-person-status';
import { updatePersonIdentity } from '../../../services/people/update-person-identity';
import type { AppEnv } from '../../env';
import { fieldErrors, readForm, str } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { PeopleListPage, PersonFormPage, PersonPage } from '../../views/people/people-pages';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';

const read = { permission: 'read:identity' } as const;
const update = { permission: 'update:identity' } as const;
const personIdOf = (c: Context<AppEnv>) => c.req.param('personId') ?? '';

const lines = (v: FormValues[string]) =>
  str(v)
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

const identityFrom = (values: FormValues) => ({
  realNames: lines(values.realNames),
  aliases: lines(values.aliases),
  emails: lines(values.emails),
  usernames: lines(values.usernames),
});

/** Zod names list items "emails.1"; the form has one field per list. */
function listFieldErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errors)) out[k.replace(/^identity\./, '').replace(/\.\d+$/, '')] ??= v;
  return out;
}

async function renderPerson(c: Context<AppEnv>, values: FormValues | null, errors: FieldErrors, status: 200 | 400) {
  const person = await getPerson(c.var.ctx, { personId: personIdOf(c) });
  const linkable = await listLinkableRows(c.var.ctx, { personId: person.id });
  const current: FormValues = {
    // A lapsed flag or ban shows as not set: saving the form clears it for good.
    flagged: person.flagged ? 'yes' : '',
    flagReason: person.flagged ? (person.flagReason ?? '') : '',
    flagExpiresOn: person.flagged ? (person.flagExpiresOn ?? '') : '',
    banned: person.banned ? 'yes' : '',
    banReason: person.banned ? (person.banReason ?? '') : '',
    banExpiresOn: person.banned ? (person.banExpiresOn ?? '') : '',
    guidance: person.flagged || person.banned ? (person.guidance ?? '') : '',
  };
  return c.html(<PersonPage page={pageContext(c)} person={person} linkable={linkable} values={values ?? current} errors={errors} />, status);
}

export const peopleRoutes = defineRoutes('/wg/people', (r) => {
  r.get('/', read, async (c) => {
    const identifier = c.req.query('identifier');
    const rows = await listPeople(c.var.ctx);
    const values: FormValues = { identifier: identifier ?? '' };
    let results = null;
    let errors: FieldErrors = {};
    if (identifier !== undefined) {
      try {
        results = await findPeopleByIdentifier(c.var.ctx, { identifier });
      } catch (e) {
        const fe = fieldErrors(e);
        if (!fe) throw e;
        errors = fe;
      }
    }
    const status = Object.keys(errors).length > 0 ? 400 : 200;
    return c.html(<PeopleListPage page={pageContext(c)} rows={rows} search={{ values, errors, results }} />, status);
  });

  r.get('/new', update, (c) => c.html(<PersonFormPage page={pageContext(c)} person={null} values={{}} errors={{}} />));

  r.post('/', update, async (c) => {
    const values = await readForm(c);
    try {
      const p = await createPerson(c.var.ctx, { identity: identityFrom(values) });
      return redirectWithFlash(c, `/wg/people/${p.id}`, `Person ${p.codeName} added to the identity key.`);
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return c.html(<PersonFormPage page={pageContext(c)} person={null} values={values} errors={listFieldErrors(errors)} />, 400);
    }
  }, { body: { emails: 'not an email' } });

  r.get('/:personId', read, (c) => renderPerson(c, null, {}, 200), { resourceParam: 'personId' });

  r.get('/:personId/edit', update, async (c) => {
    const p = await getPerson(c.var.ctx, { personId: personIdOf(c) });
    const values: FormValues = {
      realNames: p.identity.realNames.join('\n'),
      aliases: p.identity.aliases.join('\n'),
      emails: p.identity.emails.join('\n'),
      usernames: p.identity.usernames.join('\n'),
    };
    return c.html(<PersonFormPage page={pageContext(c)} person={p} values={values} errors={{}} />);
  }, { resourceParam: 'personId' });

  r.post('/:personId/edit', update, async (c) => {
    const values = await readForm(c);
    try {
      await updatePersonIdentity(c.var.ctx, { ...identityFrom(values), personId: personIdOf(c) });
      return redirectWithFlash(c, `/wg/people/${personIdOf(c)}`, 'Identity saved.');
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      const p = await getPerson(c.var.ctx, { personId: personIdOf(c) });
      return c.html(<PersonFormPage page={pageContext(c)} person={p} values={values} errors={listFieldErrors(errors)} />, 400);
    }
  }, { resourceParam: 'personId', body: { emails: 'not an email' } });

  r.post('/:personId/status', update, async (c) => {
    const values = await readForm(c);
    try {
      await setPersonStatus(c.var.ctx, { personId: personIdOf(c), flagged: str(values.flagged) === 'yes',
        flagReason: str(values.flagReason),
        flagExpiresOn: str(values.flagExpiresOn) || null,
        banned: str(values.banned) === 'yes',
        banReason: str(values.banReason),
        banExpiresOn: str(values.banExpiresOn) || null,
        guidance: str(values.guidance) });
      return redirectWithFlash(c, `/wg/people/${personIdOf(c)}`, 'Status saved.');
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return renderPerson(c, values, errors, 400);
    }
  }, { resourceParam: 'personId', body: { banned: 'yes' } });

  r.post('/:personId/link', update, async (c) => {
    const values = await readForm(c);
    try {
      await linkCasePerson(c.var.ctx, { personId: personIdOf(c), casePersonId: str(values.casePersonId) });
      return redirectWithFlash(c, `/wg/people/${personIdOf(c)}`, 'People row linked.');
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return renderPerson(c, values, errors, 400);
    }
  }, { resourceParam: 'personId', body: { casePersonId: '' } });
});
