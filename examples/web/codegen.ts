import type { CodegenConfig } from '@graphql-codegen/cli';

// The web app's typed documents: the committed SDL plus the `graphql()` calls in the app's
// components produce src/gql (paths from the repository root, where `npm run codegen` runs).
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['examples/web/src/**/*.tsx', '!examples/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'examples/web/src/gql/': {
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true },
      // Each component reads only the fields its own fragment asks for. persisted-documents.json
      // maps each operation's hash to its text; the build carries it, and the gateway serving
      // the build accepts the app's operations by hash.
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'readFragment' }, persistedDocuments: true },
    },
  },
};

export default config;
