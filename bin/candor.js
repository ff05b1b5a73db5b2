#!/usr/bin/env node
// Entry point for the `candor` command. Runs the compiled JavaScript in dist/; when src/ changed
// since the last build (or on a fresh clone) it compiles first, in about a second, and says so.
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from '../scripts/build.js';

const { main } = await import(pathToFileURL(await ensureBuilt()).href);
await main(process.argv);
