// Files the code reads at run time (migrations, the stylesheet) stay in src/, where they are
// edited. The compiled code runs from dist/<build>/, so both it and the TypeScript sources find
// them from the package root (the nearest folder above with a package.json), not next to the
// running module.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  const start = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

const sourceRoot = path.join(packageRoot(), 'src');

/** The absolute path of a file under src/, e.g. sourceFile('db/migrations'). */
export function sourceFile(relative: string): string {
  return path.join(sourceRoot, relative);
}
