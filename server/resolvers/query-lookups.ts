// Root fields that look one node up by id or name, and the plain lists of the catalogue.
// A look-up runs node-details.cypher once and primes the loader, so its nested fields are free.
import { Label } from '../../graph/model.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { findNode } from '../loaders/node-details.ts';
import type { ApiContext } from '../context.ts';
import type { NodeRecord } from '../cypher-rows.ts';
import { checkKey } from '../errors.ts';

async function list(ctx: ApiContext, query: string, params: Record<string, unknown> = {}): Promise<NodeRecord[]> {
  const rows = await ctx.db.read(query, params);
  return rows.map((row) => row.node as unknown as NodeRecord);
}

export const lookupQueries: QueryResolvers = {
  node: async (_root, { id }, ctx) => (await findNode(ctx, 'id', id))?.node ?? null,
  paragraph: async (_root, { id }, ctx) => (await findNode(ctx, 'id', id, Label.Paragraph))?.node ?? null,
  instrument: async (_root, { id }, ctx) => (await findNode(ctx, 'id', id, Label.Instrument))?.node ?? null,
  document: async (_root, { symbol }, ctx) => (await findNode(ctx, 'symbol', symbol, Label.Document))?.node ?? null,
  documents: (_root, _args, ctx) => list(ctx, 'documents'),
  instruments: (_root, { kind, search }, ctx) =>
    list(ctx, 'instruments', {
      kind: kind ? checkKey('kind', kind) : null,
      search: search ? checkKey('search', search) : null,
    }),
  resolutions: (_root, _args, ctx) => list(ctx, 'resolutions'),
  bodies: (_root, _args, ctx) => list(ctx, 'bodies'),
  themes: (_root, _args, ctx) => list(ctx, 'themes'),
};
