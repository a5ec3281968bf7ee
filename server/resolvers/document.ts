// Document: a loaded UN text (or a placeholder that only a citation named), with its paragraphs.
import { Label } from '../../graph/model.ts';
import type { DocumentResolvers } from '../generated/resolvers-types.ts';
import { int, text } from '../cypher-rows.ts';
import { detailsOf, nodeFields } from './nodes.ts';

export const Document: DocumentResolvers = {
  ...nodeFields,
  symbol: (doc) => text(doc, 'symbol') ?? doc.id,
  // A placeholder document (cited, never loaded) has no title of its own: its symbol stands in.
  title: (doc) => text(doc, 'title') ?? text(doc, 'symbol') ?? doc.id,
  date: (doc) => text(doc, 'date'),
  dateInferred: (doc) => doc.dateInferred === true,
  dateEvidence: (doc) => (doc.dateInferred === true ? text(doc, 'dateEvidence') : null),
  paragraphCount: async (doc, _args, ctx) =>
    int(doc, 'paragraphCount') ?? (await detailsOf(ctx, doc)).paragraphs.length,
  paragraphs: async (doc, _args, ctx) => (await detailsOf(ctx, doc)).paragraphs,
  footnotes: async (doc, _args, ctx) => (await detailsOf(ctx, doc)).footnotes,
  references: async (doc, _args, ctx) => (await detailsOf(ctx, doc)).references,
  resolution: (doc) => (doc.labels.includes(Label.Resolution) ? doc : null),
};
