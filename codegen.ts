// graphql-codegen: the resolvers' TypeScript types, generated from the SDL in server/schema/, so
// that the resolvers and the schema cannot drift (`npm run codegen`; a unit test fails when the
// generated file is stale). GraphQL types map onto the records the Cypher returns.
import type { CodegenConfig } from '@graphql-codegen/cli';

const record = (name: string) => `../cypher-rows.ts#${name}`;

const config: CodegenConfig = {
  overwrite: true,
  schema: 'server/schema/*.graphql',
  generates: {
    'server/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.ts#ApiContext',
        scalars: { JSON: 'unknown', ID: 'string' },
        mappers: {
          Node: record('NodeRecord'),
          Document: record('NodeRecord'),
          Paragraph: record('NodeRecord'),
          Footnote: record('NodeRecord'),
          Instrument: record('NodeRecord'),
          Resolution: record('NodeRecord'),
          Body: record('NodeRecord'),
          Theme: record('NodeRecord'),
          Group: record('NodeRecord'),
          Citation: record('CitationRecord'),
          Mention: record('MentionRecord'),
          AnnexedInstrument: record('AnnexRecord'),
          CoCitation: record('CoCitationRecord'),
          SearchHit: record('SearchHitRecord'),
        },
        // Every field of a mapped type gets a resolver (resolvers/*.ts), so none relies on a
        // property that happens to share the field's name.
        enumsAsTypes: true,
      },
    },
    // The client's typed documents: each operation of client/src/graphql/*.graphql as a string that
    // carries its answer's and variables' types (no GraphQL runtime in the browser).
    'client/src/generated/': {
      documents: 'client/src/graphql/*.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        importExtension: '.ts',
        useTypeImports: true,
        scalars: { JSON: 'Record<string, unknown>', ID: 'string' },
      },
    },
    // The schema's enums as values the client compares with (NodeKind.Paragraph); the preset
    // above makes them types only.
    'client/src/generated/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true },
    },
  },
};

export default config;
