import type { CodegenConfig } from '@graphql-codegen/cli';

// Generates typed documents from the schema FILE (never a running server).
// Output in src/generated/ is committed and never edited by hand.
const config: CodegenConfig = {
  overwrite: true,
  schema: '../backend/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
