// Compiles src/ to plain JavaScript in dist/<stamp>/ with esbuild, so production runs no
// TypeScript loader. The stamp is a hash of every source file's path, size and modification time
// (plus the lock file and this script): a changed, added or removed file gives a new stamp, so a
// stale build is never run. `bin/candor.js` calls ensureBuilt() on every start; finding the
// current build costs a few milliseconds of stat calls, a rebuild about a second.
//
// Each build gets its own folder, written under a temporary name and renamed into place: two
// commands starting at once cannot see a half-written build, and a running server whose build
// is replaced still finds the chunks it loads lazily (the newest few builds are kept).
//
//   node scripts/build.js     build if stale (what `npm run build` runs); prints the entry file
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const distDir = path.join(root, 'dist');
const ENTRY = 'src/cli/main.ts';
// Tests are not part of the build; everything else under src/ is (data files read at run time
// are found in src/ itself, see src/source-file.ts).
const INPUTS = ['src', 'package.json', 'package-lock.json', 'scripts/build.js'];
const KEEP_BUILDS = 3;

function isBuildInput(file) {
  return !/\.test\.tsx?$/.test(file);
}

function collect(rel, out) {
  const abs = path.join(root, rel);
  const st = statSync(abs, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isDirectory()) {
    for (const name of readdirSync(abs).sort()) collect(path.join(rel, name), out);
  } else if (isBuildInput(rel)) {
    out.push(`${rel}\0${st.size}\0${st.mtimeMs}`);
  }
}

/** A short hash naming the current state of every build input. */
export function sourceStamp() {
  const entries = [];
  for (const input of INPUTS) collect(input, entries);
  return createHash('sha256').update(entries.join('\n')).digest('hex').slice(0, 16);
}

/** The options of the one esbuild call; exported so a test can inspect the module graph. */
export function buildOptions(outdir) {
  return {
    absWorkingDir: root,
    entryPoints: { main: ENTRY },
    outdir,
    bundle: true,
    // Each `await import()` in src/ becomes its own chunk, loaded only by the commands using it.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies stay in node_modules, loaded by Node as they are.
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    sourcemap: true,
    logLevel: 'error',
  };
}

function pruneOldBuilds(current) {
  const builds = readdirSync(distDir)
    .filter((name) => name !== current && !name.startsWith('.'))
    .map((name) => ({ name, mtime: statSync(path.join(distDir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of builds.slice(KEEP_BUILDS - 1)) rmSync(path.join(distDir, old.name), { recursive: true, force: true });
}

/**
 * Returns the path of the built entry module for the current sources, building it first when
 * there is none (one line on stderr says so).
 */
export async function ensureBuilt({ quiet = false } = {}) {
  const stamp = sourceStamp();
  const entry = path.join(distDir, stamp, 'main.js');
  if (existsSync(entry)) return entry;
  if (!quiet) process.stderr.write(`candor: compiling src/ to dist/${stamp}/ (sources changed since the last build)\n`);
  const esbuild = await import('esbuild');
  mkdirSync(distDir, { recursive: true });
  const tmp = path.join(distDir, `.tmp-${stamp}-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  await esbuild.build(buildOptions(tmp));
  try {
    renameSync(tmp, path.join(distDir, stamp));
  } catch (e) {
    // Another command built the same sources at the same time: theirs is as good as ours.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(entry)) throw e;
  }
  pruneOldBuilds(stamp);
  return entry;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${path.relative(process.cwd(), await ensureBuilt())}\n`);
}
