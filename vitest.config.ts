import { defineConfig } from 'vitest/config';

const UNIT = ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'];
// Files that need a module graph of their own: a module mock (it would reach the files after it), hint patterns
// registered after the engine has read texts, and fake-indexeddb/auto's global IndexedDB, which Dexie looks for only
// when it is first loaded.
const ISOLATED = [
  'tests/unit/text/word-hints.test.ts',
  'tests/unit/extension/added-sites.test.ts',
  'tests/unit/pwa/team-binding.test.ts',
];

// Kept apart from vite.config.ts, which would otherwise be loaded in mode "test" and throw.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: UNIT,
          exclude: ISOLATED,
          environment: 'node',
          // The unit files share one module graph per worker: loading the engine, its data and its patterns once
          // instead of once per file cuts the unit run from about 340 s to about 60 s on this machine. Every file
          // cleans up what it stubs (vi.unstubAllGlobals, its own databases); those that cannot are ISOLATED.
          isolate: false,
          setupFiles: ['tests/support/engine-loaded.ts'],
          // Speed is measured by the benchmarks, not by timeouts: on a busy shared machine a heavy unit test may take
          // several times its idle time, and 5 s (vitest's default) failed tests that were right.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'unit-isolated',
          include: ISOLATED,
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Real Chromium on a 2-core machine: one browser at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
