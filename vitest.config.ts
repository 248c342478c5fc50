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
    // Property tests and CLI runs over generated files take seconds on a loaded 2-core machine:
    // a generous ceiling keeps them from failing on time alone (performance lives in bench/).
    testTimeout: 60_000,
    benchmark: { include: ['packages/*/bench/**/*.bench.ts'] },
  },
});
