// `candor docs import DIR`: each Markdown file becomes a document (named by its file, titled by
// its first heading) or, when its text changed, a new version of the document of that name. An
// unchanged file is left alone, so importing the same folder twice changes nothing. A file named
// code-of-conduct.md is the code of conduct: its changes then wait for the board's approval.
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { documents } from '../../db/schema';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { appendVersion } from './append-version';
import { headingSlug } from './slug';
import { loadDocuments } from './store';

const importInput = z.object({
  files: z
    .array(z.object({ name: z.string().regex(/\.md$/i, 'only .md files are imported'), text: z.string().max(200_000, 'must be at most 200,000 characters') }))
    .min(1, 'the folder has no .md file'),
  summary: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(2_000).optional()),
  rationale: z.string().trim().min(1, 'say why the documents changed (--rationale)').max(4_000, 'must be at most 4,000 characters'),
});

export interface ImportSummary {
  created: string[];
  updated: string[];
  unchanged: string[];
}

export function titleOf(name: string, text: string): string {
  const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(text)?.[1];
  if (heading) return heading.slice(0, 200);
  const base = name.replace(/\.md$/i, '').replace(/[-_]+/g, ' ').trim();
  return base === '' ? 'Document' : base.charAt(0).toUpperCase() + base.slice(1);
}

export async function importDocuments(ctx: ServiceContext, raw: RawInput<typeof importInput>): Promise<ImportSummary> {
  authorize(ctx, 'publish:release');
  const input = parseInput(importInput, raw, 'The import');
  const out: ImportSummary = { created: [], updated: [], unchanged: [] };
  await withTransaction(ctx, async (tx) => {
    for (const file of [...input.files].sort((a, b) => a.name.localeCompare(b.name))) {
      const slug = headingSlug(file.name.replace(/\.md$/i, ''));
      const [existing] = await loadDocuments(tx, { slug });
      if (existing) {
        if (existing.versions.at(-1)?.body === file.text) {
          out.unchanged.push(slug);
          continue;
        }
        await appendVersion(tx, existing, { body: file.text, summary: input.summary ?? `Updated from ${file.name}.`, rationale: input.rationale });
        out.updated.push(slug);
        continue;
      }
      const [doc] = await tx.db
        .insert(documents)
        .values({ slug, title: titleOf(file.name, file.text), codeOfConduct: slug === 'code-of-conduct', createdBy: tx.actor.kind === 'member' ? tx.actor.id : null })
        .returning({ id: documents.id, slug: documents.slug, title: documents.title, codeOfConduct: documents.codeOfConduct });
      await audit(tx, { action: 'document.create', entity: 'document', entityRef: doc!.id, details: { slug, codeOfConduct: doc!.codeOfConduct } });
      await appendVersion(tx, doc!, { body: file.text, summary: input.summary ?? `First published from ${file.name}.`, rationale: input.rationale });
      out.created.push(slug);
    }
  });
  return out;
}

/** Whether a document of this slug exists (used by the starter set to leave adapted ones alone). */
export async function documentExists(ctx: ServiceContext, slug: string): Promise<boolean> {
  const [row] = await ctx.db.select({ id: documents.id }).from(documents).where(eq(documents.slug, slug));
  return row !== undefined;
}
