// `candor docs import DIR` in a real process against a real data directory: the first import
// creates one document per .md file, a second one of the same folder changes nothing, an edited
// file becomes a new version, and a folder without Markdown is refused with a one-line reason.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let dir: string;
let docs: string;
let empty: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'candor-docs-'));
  docs = path.join(dir, 'docs');
  empty = path.join(dir, 'empty');
  mkdirSync(docs);
  mkdirSync(empty);
  writeFileSync(path.join(docs, 'reporting-guide.md'), '# Reporting guide\n\nWrite to us.\n');
  writeFileSync(path.join(docs, 'faq.md'), '# Questions\n\nAsk us.\n');
  writeFileSync(path.join(docs, 'notes.txt'), 'not a document');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('candor docs import', { timeout: 240_000 }, () => {
  it('creates, skips unchanged files and versions edited ones', async () => {
    const env = { CANDOR_DATA_DIR: path.join(dir, 'data') };
    const first = await runCli(['docs', 'import', docs, '--rationale', 'Moving our documents into Candor.'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('created: faq, reporting-guide');
    const again = await runCli(['docs', 'import', docs], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('unchanged: faq, reporting-guide\n');
    writeFileSync(path.join(docs, 'faq.md'), '# Questions\n\nAsk us anything.\n');
    const edited = await runCli(['docs', 'import', docs, '--summary', 'Broader questions.', '--rationale', 'People asked about more than reports.'], env);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain('new version: faq');
    const none = await runCli(['docs', 'import', empty], env);
    expect(none.code).not.toBe(0);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toContain('has no .md file');
  });
});
