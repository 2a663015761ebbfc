import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each run's temporary folders in one, removed when the run ends.
    globalSetup: ['tests/support/temporary-root.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 600_000,
          // One built site, one Chromium: the files share them, so run in order.
          fileParallelism: false,
        },
      },
    ],
  },
});
