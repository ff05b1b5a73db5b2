import { configDefaults, defineConfig } from 'vitest/config';

const DISCLOSURE_ATTACKS = ['test/privacy/reader-attack/**/*.test.ts', 'test/web/public-formats-audited.test.ts'];

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
        test: { ...shared, name: 'integration', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: [...DISCLOSURE_ATTACKS, ...configDefaults.exclude], isolate: false },
      },
      {
        // The reader's attacks publish whole demo organisations and 200 random ones: minutes, not
        // seconds, so `npm run test:disclosure` runs them (.ci/run does, after `npm test`).
        extends: true,
        test: { ...shared, name: 'disclosure', include: DISCLOSURE_ATTACKS, isolate: false },
      },
    ],
  },
});
