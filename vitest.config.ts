import { defineConfig } from 'vitest/config';

// Two cores: PGlite is ~300 MB and slow to start, so integration tests share one instance per
// worker (isolate: false keeps the module that holds it alive across files) and few workers run.
const shared = {
  testTimeout: 30_000,
  hookTimeout: 120_000,
  setupFiles: ['test/setup/fail-on-console-error.ts'],
  globalSetup: ['test/setup/build-cli.ts'],
};

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
  test: {
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { ...shared, name: 'unit', include: ['src/**/*.test.ts', 'src/**/*.test.tsx'] },
      },
      {
        extends: true,
        test: { ...shared, name: 'integration', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], isolate: false },
      },
    ],
  },
});
