import { defineConfig } from 'vitest/config';

/**
 * Workspace tests read each package's `src` through the `@siae/source` export condition,
 * so a test never needs a build; examples and package checks use `dist` like users do.
 */
export default defineConfig({
  resolve: { conditions: ['@siae/source'] },
  ssr: { resolve: { conditions: ['@siae/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    benchmark: { include: ['packages/*/bench/**/*.bench.ts'] },
  },
});
