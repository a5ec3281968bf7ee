// Questions over time: the dated events of instruments and the documents that cite them, a
// resolution's chain back through what it recalls and forward through who recalls it, and the
// graph with every element dated for a time filter. Each is one query.
import { Label } from '../../graph/model.ts';
import type { QueryResolvers, Subgraph } from '../generated/resolvers-types.ts';
import { badInput, checkKey, checkRange, notFound } from '../errors.ts';
import { onlyCandidate } from '../loaders/node-details.ts';
import type { NodeRecord } from '../cypher-rows.ts';
import { subgraph, subgraphOf, type EdgeRow } from '../subgraph.ts';

/** An ISO calendar date (2005-12-14) that exists: the form every date in the graph takes. */
export function checkDate(argument: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw badInput(argument, `must be an ISO date such as 2005-12-14, got ${JSON.stringify(value.slice(0, 40))}`);
  }
  return value;
}

type EventKind = 'adopted' | 'openedForSignature' | 'enteredIntoForce' | 'issued' | 'cited';
interface EventRow {
  date: string | null;
  kind: EventKind;
  node: string;
  document: string | null;
  paragraphCount: number | null;
  inferred: boolean;
}

/** The later of two ISO dates; unknown (null) when both are. */
function later(a: unknown, b: unknown): string | null {
  const dates = [a, b].filter((d): d is string => typeof d === 'string');
  // ISO dates compare as text, so the larger string is the later date.
  return dates.length === 0 ? null : [...dates].sort().at(-1)!;
}

export const corpusTimeQueries: QueryResolvers = {
  timeline: async (_root, { target, document, limit }, ctx) => {
    const size = checkRange('limit', limit ?? ctx.config.maxGraphNodes, 1, ctx.config.maxGraphNodes);
    const t = target != null ? checkKey('target', target) : null;
    const d = document != null ? checkKey('document', document) : null;
    const [row] = await ctx.db.resolve('corpus-timeline', [t, d], { target: t, document: d, limit: size });
    if (t !== null) onlyCandidate('target', t, row?.targetIds);
    if (d !== null) onlyCandidate('document', d, row?.documentIds);
    const nodes = new Map(((row?.nodes ?? []) as unknown as NodeRecord[]).map((n) => [n.id, n]));
    const events = (row?.events ?? []) as unknown as EventRow[];
    return events.flatMap((e) => {
      const node = nodes.get(e.node);
      if (!node) return [];
      const doc = e.document ? (nodes.get(e.document) ?? null) : null;
      return [
        {
          date: e.date,
          kind: e.kind,
          node,
          document: doc,
          paragraphCount: e.paragraphCount === null ? null : Number(e.paragraphCount),
          inferred: e.inferred === true,
        },
      ];
    });
  },

  resolutionChain: async (_root, { symbol, depth }, ctx) => {
    const steps = checkRange('depth', depth ?? 10, 1, ctx.config.maxPathLength);
    const limit = ctx.config.maxGraphNodes;
    const [row] = await ctx.db.resolve('corpus-resolution-chain', [checkKey('symbol', symbol)], {
      depth: steps,
      limit,
    });
    const id = onlyCandidate('symbol', symbol, row?.ids);
    if (!id.includes('/RES/'))
      throw badInput('symbol', `${JSON.stringify(id)} is not a resolution symbol (no "/RES/")`);
    type ChainRow = {
      symbol: string;
      step: number;
      resolution: Record<string, unknown> | null;
      document: Record<string, unknown> | null;
    };
    const nodes = ((row?.nodes ?? []) as unknown as ChainRow[]).map(
      ({ symbol: s, step, resolution, document: doc }): NodeRecord => ({
        // One node per resolution: the catalogue's (or placeholder's) properties, with the loaded text's title and date.
        ...(resolution ?? {}),
        id: s,
        symbol: s,
        labels: [Label.Resolution],
        title: (resolution?.title ?? doc?.title ?? null) as string | null,
        adopted: (resolution?.adopted ?? doc?.date ?? null) as string | null,
        date: (doc?.date ?? null) as string | null,
        loaded: doc !== null && doc.contentHash !== undefined && doc.contentHash !== null,
        step: Number(step),
      }),
    );
    const edges = ((row?.edges ?? []) as unknown as { source: string; target: string; paragraphs: string[] }[]).map(
      (e): EdgeRow => ({ type: 'RECALLS', source: e.source, target: e.target, props: { paragraphs: e.paragraphs } }),
    );
    return subgraph(nodes, edges, limit);
  },

  datedGraph: async (_root, { document, asOf, undated }, ctx) => {
    const limit = ctx.config.maxGraphNodes;
    const date = asOf != null ? checkDate('asOf', asOf) : null;
    const doc = document != null ? checkKey('document', document) : null;
    const [row] = await ctx.db.read('corpus-dated-graph', {
      document: doc,
      asOf: date,
      undated: undated === true,
      limit,
    });
    if (row?.found !== true) throw notFound('document', document ?? '');
    const graph: Subgraph = subgraphOf(row, limit);
    const since = new Map(graph.nodes.map((n) => [n.id, (n.data as { since?: unknown } | null)?.since ?? null]));
    // graphNode leaves out null properties; an unknown date is stated, so the client can tell it from a missing field.
    return {
      ...graph,
      nodes: graph.nodes.map((n) => ({ ...n, data: { ...(n.data as object), since: since.get(n.id) } })),
      edges: graph.edges.map((e) => ({
        ...e,
        data: { ...(e.data as object), since: later(since.get(e.source), since.get(e.target)) },
      })),
    };
  },
};
