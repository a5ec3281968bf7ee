// Root fields that answer with a drawable subgraph (graph, neighborhood, path) and the counts of
// `stats`. Each is one query; depth, length and size are bounded by the server's configuration.
import { Label, REL_TYPES, kindOfLabel } from '../../graph/model.ts';
import type { ApiContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { badInput, checkKey, checkRange, notFound } from '../errors.ts';
import { onlyCandidate } from '../loaders/node-details.ts';
import type { NodeRecord } from '../cypher-rows.ts';
import { graphNode, subgraphOf } from '../subgraph.ts';

const KIND_TO_LABEL = new Map<string, string>(Object.entries(kindOfLabel).map(([label, kind]) => [kind, label]));

/** The graph's version now (null before the first seed): the key of the answers kept per version. */
async function graphVersion(ctx: ApiContext): Promise<string | null> {
  const [current] = await ctx.db.read('graph-version');
  return (current?.version as string | null | undefined) ?? null;
}

export const graphQueries: QueryResolvers = {
  graph: async (_root, { document }, ctx) => {
    const limit = ctx.config.maxGraphNodes;
    if (!document) {
      // The walk over every node is done once per graph version, not once per request.
      return ctx.memo.wholeGraph.get(await graphVersion(ctx), async () =>
        subgraphOf((await ctx.db.read('graph-all', { limit }))[0] ?? {}, limit),
      );
    }
    const [row] = await ctx.db.read('graph-document', { document: checkKey('document', document), limit });
    // A document's graph holds at least the document: an empty one means there is no such document.
    if (!Array.isArray(row?.nodes) || row.nodes.length === 0) throw notFound('document', document);
    return subgraphOf(row!, limit);
  },

  overview: async (_root, _args, ctx) => {
    const limit = ctx.config.maxGraphNodes;
    // An aggregate over every citation: computed once per graph version, as the whole graph is.
    return ctx.memo.overview.get(await graphVersion(ctx), async () =>
      subgraphOf((await ctx.db.read('corpus-overview', { limit }))[0] ?? {}, limit),
    );
  },

  neighborhood: async (_root, { id, depth, kinds, rel, direction }, ctx) => {
    const hops = checkRange('depth', depth ?? 1, 1, ctx.config.maxNeighborhoodDepth);
    let labels: string[] | null = null;
    if (kinds) {
      const unknown = kinds.filter((kind) => !KIND_TO_LABEL.has(kind));
      if (unknown.length > 0)
        throw badInput(
          'kinds',
          `unknown kind ${JSON.stringify(unknown[0])}; kinds are ${[...KIND_TO_LABEL.keys()].join(', ')}`,
        );
      labels = kinds.map((kind) => KIND_TO_LABEL.get(kind)!);
    }
    if (rel && !(REL_TYPES as string[]).includes(rel))
      throw badInput('rel', `unknown relationship type ${JSON.stringify(rel)}; types are ${REL_TYPES.join(', ')}`);
    const limit = ctx.config.maxNeighborhoodNodes;
    const [row] = await ctx.db.resolve('neighborhood', [checkKey('id', id)], {
      depth: hops,
      labels,
      limit,
      rel: rel ?? null,
      direction: direction ?? 'BOTH',
    });
    onlyCandidate('id', id, row?.ids);
    return subgraphOf(row!, limit);
  },

  path: async (_root, { from, to, maxLength, via }, ctx) => {
    const length = checkRange('maxLength', maxLength ?? 6, 1, ctx.config.maxPathLength);
    const [row] = await ctx.db.resolve(
      via === 'ANY' ? 'path-any' : 'path',
      [checkKey('from', from), checkKey('to', to)],
      { from, to },
    );
    const start = onlyCandidate('from', from, row?.fromIds);
    const end = onlyCandidate('to', to, row?.toIds);
    if (start === end)
      return { nodes: [graphNode(row!.start as unknown as NodeRecord)], edges: [], truncated: false, omitted: 0 };
    const nodes = (row?.nodes ?? []) as unknown[];
    // The query searches up to the hard limit; a longer path than the caller allows is no path.
    if (nodes.length === 0 || nodes.length - 1 > length) return null;
    return subgraphOf(row!, Number.MAX_SAFE_INTEGER);
  },

  stats: async (_root, _args, ctx) => {
    const [row] = await ctx.db.read('stats');
    const counts = (list: unknown) =>
      new Map(((list ?? []) as { name: string; count: number }[]).map((c) => [c.name, c.count]));
    const labels = counts(row?.nodes);
    const types = counts(row?.relationships);
    return {
      nodes: Object.values(Label).map((label) => ({ name: kindOfLabel[label], count: labels.get(label) ?? 0 })),
      relationships: REL_TYPES.map((type) => ({ name: type, count: types.get(type) ?? 0 })),
      documents: Number(row?.documents ?? 0),
      citations: Number(row?.citations ?? 0),
    };
  },
};
