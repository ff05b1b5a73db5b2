// Browsing the audit trail (chairs and the board). Filters are a GET form, so a filtered view
// has an address that can be bookmarked; bad filters answer 400 with the fields named.
import { auditIntegrityStatus } from '../../../services/audit/anchor-head';
import { listAuditEntries } from '../../../services/audit/list-entries';
import { fieldErrors } from '../../forms';
import { AuditTrailPage } from '../../views/audit';
import { pageContext } from '../../views/page';
import { defineRoutes } from '../table';

const FILTERS = ['action', 'actorId', 'caseCode', 'from', 'to'] as const;

export const auditRoutes = defineRoutes('/wg/audit', (r) => {
  r.get('/', { permission: 'read:audit' }, async (c) => {
    const values: Record<string, string> = {};
    for (const k of FILTERS) {
      const v = c.req.query(k);
      if (v) values[k] = v;
    }
    const query = (page: number) => `/wg/audit?${new URLSearchParams({ ...values, page: String(page) }).toString()}`;
    const integrity = await auditIntegrityStatus(c.var.ctx);
    try {
      const result = await listAuditEntries(c.var.ctx, { ...values, page: c.req.query('page') });
      return c.html(<AuditTrailPage page={pageContext(c)} result={result} integrity={integrity} values={values} errors={{}} query={query} />);
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return c.html(<AuditTrailPage page={pageContext(c)} result={null} integrity={integrity} values={values} errors={errors} query={query} />, 400);
    }
  });
});
