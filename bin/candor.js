#!/usr/bin/env node
// Entry point for the `candor` command. TypeScript sources run through tsx's loader so that
// a fresh install needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
