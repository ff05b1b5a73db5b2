#!/usr/bin/env node
// Entry point for the `candor` command. TypeScript sources run through tsx's loader so that
// a fresh install needs no build step.
import { register } from 'tsx/esm/api';

register();
// Commands a reader runs without an installation (verify-publications) skip loading the rest.
const standalone = process.argv[2] === 'verify-publications';
const { main } = await import(standalone ? '../src/cli/standalone.ts' : '../src/cli/main.ts');
await main(process.argv);
