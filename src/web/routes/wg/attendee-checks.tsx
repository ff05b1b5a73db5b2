// Attendee and speaker checks (decision 029): the form, its answer, and the record of disclosures.
import { checkAttendees, listAttendeeChecks } from '../../../services/attendee-checks';
import { fieldErrors, readForm, str } from '../../forms';
import { AttendeeCheckPage, DisclosuresPage } from '../../views/attendee-checks';
import { pageContext } from '../../views/page';
import { defineRoutes } from '../table';

const check = { permission: 'check:attendees' } as const;

export const attendeeCheckRoutes = defineRoutes('/wg/attendee-checks', (r) => {
  r.get('/', check, (c) => c.html(<AttendeeCheckPage page={pageContext(c)} values={{}} errors={{}} result={null} />));
  r.post('/', check, async (c) => {
    const values = await readForm(c);
    try {
      const result = await checkAttendees(c.var.ctx, { list: str(values.list) });
      // The answer is shown once, on this response; the list is not echoed back into the form.
      return c.html(<AttendeeCheckPage page={pageContext(c)} values={{}} errors={{}} result={result} />);
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return c.html(<AttendeeCheckPage page={pageContext(c)} values={values} errors={errors} result={null} />, 400);
    }
  });
  r.get('/disclosures', { permission: 'read:disclosures' }, async (c) => c.html(<DisclosuresPage page={pageContext(c)} records={await listAttendeeChecks(c.var.ctx)} />));
});
