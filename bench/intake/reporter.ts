// A reporter's browser, reduced to its requests: GET /report (the CSRF cookie, and the form's
// action with its token), then POST the multipart form, then read the receipt code off the page.
// `localAddress` picks the loopback address the connection comes from (any of 127.0.0.0/8 on
// Linux): the form's rate limit counts per client address, so a benchmark of many reporters comes
// from many addresses, as many real reporters would. Nothing in the server is switched off.
import http from 'node:http';

export interface ReportFields {
  whatHappened: string;
  peopleInvolved?: string;
  contactEmail?: string;
  /** One text attachment, if given. */
  file?: { name: string; text: string };
}

export interface ReportForm {
  cookie: string;
  action: string;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function request(base: string, path: string, opts: { agent?: http.Agent; method?: string; headers?: Record<string, string>; body?: Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, base), { method: opts.method ?? 'GET', agent: opts.agent, headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

export const cookiesOf = (a: Answer) => (a.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');

/** A keep-alive connection pool whose connections all come from one address. */
export const agentFrom = (localAddress: string) => new http.Agent({ keepAlive: true, maxSockets: 1, localAddress });

/** The nth loopback address other than 127.0.0.1 (127.1.0.0 upwards: 65,536 of them). */
export const loopbackAddress = (n: number) => `127.${1 + Math.floor(n / 65536)}.${Math.floor(n / 256) % 256}.${n % 256}`;

export async function openReportForm(base: string, agent?: http.Agent): Promise<ReportForm> {
  const page = await request(base, '/report', { agent });
  if (page.status !== 200) throw new Error(`GET /report answered ${page.status}`);
  const action = /action="(\/report\?_csrf=[^"]+)"/.exec(page.body)?.[1]?.replace(/&amp;/g, '&');
  if (!action) throw new Error('no report form on /report');
  return { cookie: cookiesOf(page), action };
}

export async function sendReport(base: string, form: ReportForm, fields: ReportFields, agent?: http.Agent): Promise<{ status: number; receipt: string | null }> {
  const data = new FormData();
  data.set('whatHappened', fields.whatHappened);
  if (fields.peopleInvolved) data.set('peopleInvolved', fields.peopleInvolved);
  if (fields.contactEmail) data.set('contactEmail', fields.contactEmail);
  if (fields.file) data.set('files', new Blob([fields.file.text], { type: 'text/plain' }), fields.file.name);
  const encoded = new Response(data);
  const body = Buffer.from(await encoded.arrayBuffer());
  const sent = await request(base, form.action, {
    agent,
    method: 'POST',
    body,
    headers: { cookie: form.cookie, 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.length) },
  });
  return { status: sent.status, receipt: sent.status === 200 ? (/<code>([a-z ]+)<\/code>/.exec(sent.body)?.[1] ?? null) : null };
}

/** Signs in to the portal with a receipt code as a browser would; true when the report page opens. */
export async function portalOpens(base: string, receipt: string, agent?: http.Agent): Promise<boolean> {
  const signIn = await request(base, '/portal', { agent });
  const token = /name="_csrf" value="([^"]+)"/.exec(signIn.body)?.[1];
  if (!token) return false;
  const cookie = cookiesOf(signIn);
  const sent = await request(base, '/portal', {
    agent,
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: Buffer.from(new URLSearchParams({ _csrf: token, receiptCode: receipt }).toString()),
  });
  if (sent.status !== 303) return false;
  const page = await request(base, '/portal/report', { agent, headers: { cookie: [cookie, cookiesOf(sent)].filter(Boolean).join('; ') } });
  return page.status === 200 && page.body.includes('Your report');
}
