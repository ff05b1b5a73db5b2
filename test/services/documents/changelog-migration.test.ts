// Migration 0007 turns the old documentation changelog (one row per version, grouped by title)
// into documents with versions: same ids (so approvals of their summaries still hold), one
// document per title with a slug, versions numbered by date, and no body (they live elsewhere).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';

const FOLDER = path.resolve('src/db/migrations');
const tags = (JSON.parse(readFileSync(path.join(FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] }).entries.map((e) => e.tag);

async function apply(db: PGlite, tag: string): Promise<void> {
  for (const statement of readFileSync(path.join(FOLDER, `${tag}.sql`), 'utf8').split('--> statement-breakpoint')) {
    if (statement.trim() !== '') await db.exec(statement);
  }
}

describe('migration of the documentation changelog', { timeout: 240_000 }, () => {
  it('keeps every old version, under one document per title', async () => {
    const db = new PGlite();
    const at = tags.indexOf('0010_documentation-and-community');
    expect(at).toBeGreaterThan(0);
    for (const tag of tags.slice(0, at)) await apply(db, tag);
    const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];
    await db.query(
      `insert into documents (id, title, version, published_on, summary, url) values
       ($1, 'Enforcement ladder', '2.0', '2025-06-01', 'Second.', 'https://example.org/ladder'),
       ($2, 'Enforcement ladder', '1.0', '2024-01-10', 'First.', null),
       ($3, 'Manual & FAQ', '1', '2025-02-01', 'Hello.', null)`,
      ids,
    );
    await db.query(
      `insert into public_text_reviews (subject_kind, subject_id, field, text_hash, findings, checked_at) values ('document_summary', $1, 'summary', 'h', '[]', now())`,
      [ids[0]],
    );
    await apply(db, tags[at]!);
    const docs = (await db.query<{ slug: string; title: string; code_of_conduct: boolean }>('select slug, title, code_of_conduct from documents order by slug')).rows;
    expect(docs).toEqual([
      { slug: 'enforcement-ladder', title: 'Enforcement ladder', code_of_conduct: false },
      { slug: 'manual-faq', title: 'Manual & FAQ', code_of_conduct: false },
    ]);
    const versions = (
      await db.query<{ id: string; slug: string; seq: number; version: string; summary: string; url: string | null; body: string | null; rationale: string }>(
        'select v.id, d.slug, v.seq, v.version, v.summary, v.url, v.body, v.rationale from document_versions v join documents d on d.id = v.document_id order by d.slug, v.seq',
      )
    ).rows;
    expect(versions).toEqual([
      { id: ids[1], slug: 'enforcement-ladder', seq: 1, version: '1.0', summary: 'First.', url: null, body: null, rationale: '' },
      { id: ids[0], slug: 'enforcement-ladder', seq: 2, version: '2.0', summary: 'Second.', url: 'https://example.org/ladder', body: null, rationale: '' },
      { id: ids[2], slug: 'manual-faq', seq: 1, version: '1', summary: 'Hello.', url: null, body: null, rationale: '' },
    ]);
    await db.close();
  });
});
