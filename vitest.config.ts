import { createRequire } from 'node:module';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM builds. Node (and so Yoga's executor) loads the
    // CommonJS one; without this Vite would hand our sources the ESM one, and errors from
    // one would not be `instanceof` the other's GraphQLError.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  // Workspace packages (the emulator) are run from their TypeScript sources, as tsc reads them.
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    // The emulator package's own tests run with the gateway's: one `npm test`.
    include: ['test/**/*.test.ts', 'emulator/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each file starts its own emulator and gateway on free loopback ports.
    pool: 'forks',
  },
});
