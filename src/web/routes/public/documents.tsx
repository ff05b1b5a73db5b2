// The public documentation: the documents, each one rendered with its history, any earlier
// version, and the difference between two versions. Only versions the public may see are read.
import type { Context } from 'hono';
import { notFound } from '../../../errors';
import { diffVersions, getPublicDocument, listDocumentVersions, listPublicDocuments } from '../../../services/documents';
import type { AppEnv } from '../../env';
import { DiffPage, DocumentationIndexPage, DocumentPage } from '../../views/documents/public';
import { pageContext } from '../../views/page';
import { defineRoutes } from '../table';

const open = { public: true } as const;

const seqOf = (v: string | undefined): number => {
  if (v === undefined || !/^[1-9]\d{0,5}$/.test(v)) throw notFound();
  return Number(v);
};

async function documentOf(c: Context<AppEnv>) {
  const slug = c.req.param('slug') ?? '';
  return getPublicDocument(c.var.ctx, { slug });
}

export const publicDocumentRoutes = defineRoutes('/documentation', (r) => {
  r.get('/', open, async (c) => {
    const [documents, changelog] = await Promise.all([listPublicDocuments(c.var.ctx), listDocumentVersions(c.var.ctx)]);
    return c.html(<DocumentationIndexPage page={pageContext(c)} documents={documents} changelog={changelog} />);
  });
  r.get('/:slug', open, async (c) => {
    const doc = await documentOf(c);
    return c.html(<DocumentPage page={pageContext(c)} doc={doc} shown={doc.versions.at(-1)!} />);
  }, { publicStatus: 404 });
  r.get('/:slug/versions/:seq', open, async (c) => {
    const doc = await documentOf(c);
    const seq = seqOf(c.req.param('seq'));
    const shown = doc.versions.find((v) => v.seq === seq);
    if (!shown) throw notFound();
    return c.html(<DocumentPage page={pageContext(c)} doc={doc} shown={shown} />);
  }, { publicStatus: 404 });
  r.get('/:slug/diff', open, async (c) => {
    const doc = await documentOf(c);
    const d = diffVersions(doc, seqOf(c.req.query('from')), seqOf(c.req.query('to')));
    return c.html(<DiffPage page={pageContext(c)} doc={doc} from={d.from} to={d.to} lines={d.lines} />);
  }, { publicStatus: 404 });
});
