import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts, which would otherwise be loaded in mode "test" and throw.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // Speed is measured by the benchmarks, not by timeouts: on a busy shared machine a heavy unit test may take
          // several times its idle time, and 5 s (vitest's default) failed tests that were right.
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
