import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed client generation: the committed SDL plus the operations in examples/client/operations
// produce examples/client/generated (run `npm run codegen`; a test fails when it is stale).
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['examples/client/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  // ESM with NodeNext resolution needs explicit .js extensions in the generated imports.
  emitLegacyCommonJSImports: false,
  generates: {
    'examples/client/generated/': {
      preset: 'client',
      config: {
        // Plain strings that carry their result and variable types: any fetch client can send them.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
      },
      // persisted-documents.json maps each operation's hash to its text: the allow-list
      // a production gateway can be restricted to (PERSISTED_OPERATIONS=require).
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
    },
  },
};

export default config;
