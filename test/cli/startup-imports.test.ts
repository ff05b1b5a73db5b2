// `candor --help` and the commands that do not open the register must start fast: the modules
// loaded on every start (the static import graph of the compiled entry) are the command
// definitions only. Services, the database, the web app, the redaction engine and their
// libraries are imported inside the actions that use them (`await import()`).
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the build script is plain JavaScript (it runs before any compiler) without typings.
import { buildOptions } from '../../scripts/build.js';

const LIGHT_PACKAGES = new Set(['commander']);
const HEAVY_SOURCE = /^src\/(services|db|web|privacy|reports|jobs|runtime\.ts|config)/;

describe('what every candor command loads on start', () => {
  it('is the command definitions, commander and Node built-ins only', async () => {
    const result = await build({ ...(buildOptions('/tmp/candor-startup-imports') as object), metafile: true, write: false });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((k) => k.endsWith('/main.js'))!;
    const seen = new Set<string>();
    const packages = new Set<string>();
    const sources = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const input of Object.keys(outputs[file]!.inputs)) sources.add(input);
      for (const i of outputs[file]!.imports) {
        if (i.kind !== 'import-statement') continue; // `await import()` loads later, in the action
        if (i.external) packages.add(i.path);
        else visit(i.path);
      }
    };
    visit(entry);
    expect([...packages].filter((p) => !p.startsWith('node:') && !LIGHT_PACKAGES.has(p))).toEqual([]);
    expect([...sources].filter((s) => HEAVY_SOURCE.test(s))).toEqual([]);
    expect([...sources]).toContain('src/cli/main.ts');
  });
});
