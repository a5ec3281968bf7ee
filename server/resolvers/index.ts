// All resolvers, typed against the generated resolver types so that they cannot drift from the SDL.
import type { Resolvers } from '../generated/resolvers-types.ts';
import { GraphQLJSON } from './json-scalar.ts';
import { Body, Group, Theme } from './body.ts';
import { Document } from './document.ts';
import { AnnexedInstrument, Instrument, Resolution } from './instrument.ts';
import { Node } from './nodes.ts';
import { Citation, Footnote, Mention, Paragraph } from './paragraph.ts';
import { citationQueries } from './query-citations.ts';
import { graphQueries } from './query-graph.ts';
import { lookupQueries } from './query-lookups.ts';
import { paragraphQueries } from './query-paragraphs.ts';
import { corpusQueries } from './query-corpus.ts';
import { corpusTimeQueries } from './query-corpus-time.ts';
import { searchQueries } from './query-search.ts';

export const resolvers: Resolvers = {
  JSON: GraphQLJSON,
  Query: {
    ...citationQueries,
    ...searchQueries,
    ...graphQueries,
    ...lookupQueries,
    ...paragraphQueries,
    ...corpusQueries,
    ...corpusTimeQueries,
  },
  Node,
  Document,
  Paragraph,
  Footnote,
  Citation,
  Mention,
  Instrument,
  Resolution,
  AnnexedInstrument,
  Body,
  Theme,
  Group,
};
