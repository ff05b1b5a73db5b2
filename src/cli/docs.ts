// `candor docs import DIR [--rationale TEXT] [--summary TEXT]`: each .md file of the folder becomes
// a document, or a new version of the document of that name when its text changed. Every new
// version's summary and rationale are checked as public text, and appear publicly once a second
// member approves them on the review page (a code of conduct change also needs the board).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { CandorError } from '../errors';
import { withCliRuntime } from './runtime';

async function readFolder(dir: string): Promise<Array<{ name: string; text: string }>> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && /\.md$/i.test(e.name)).map((e) => e.name);
  } catch {
    throw new CandorError('invalid_input', `cannot read the folder ${dir}`);
  }
  if (names.length === 0) throw new CandorError('invalid_input', `${dir} has no .md file`);
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
}

export function registerDocs(program: Command): void {
  const docs = program.command('docs').description('The working group’s published documentation');
  docs
    .command('import')
    .argument('<dir>', 'a folder of Markdown (.md) files, one per document, named like reporting-guide.md')
    .description('Import or update documents from a folder of Markdown files (unchanged files are left alone)')
    .option('--rationale <text>', 'why the documents changed (public, shown in the changelog)', 'Imported from the working group’s folder of documents.')
    .option('--summary <text>', 'what changed (public); by default names the file')
    .action(async (dir: string, opts: { rationale: string; summary?: string }) => {
      const files = await readFolder(dir);
      const { importDocuments } = await import('../services/documents/import-documents');
      await withCliRuntime('cli:docs', async (ctx) => {
        const r = await importDocuments(ctx, { files, rationale: opts.rationale, summary: opts.summary });
        const line = (what: string, slugs: string[]) => (slugs.length > 0 ? `${what}: ${slugs.join(', ')}\n` : '');
        process.stdout.write(
          `${line('created', r.created)}${line('new version', r.updated)}${line('unchanged', r.unchanged)}` +
            (r.created.length + r.updated.length > 0 ? 'Each new version is public once a second member approves its summary and rationale (/wg/public-texts).\n' : ''),
        );
      });
    });
}
