// Questions across documents: who cites a target (grouped by document), what two documents cite
// alike and apart, and the co-citation network of the corpus. Each is one query, names resolved
// inside it (resolve-keys.cypher); a resolution loaded as a document is one node, a Document and a
// Resolution at once.
import { Label, kindOfLabel } from '../../graph/model.ts';
import type { Plain } from '../../graph/values.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { badInput, checkKey, checkRange } from '../errors.ts';
import { citation, onlyCandidate } from '../loaders/node-details.ts';
import { relationshipId, text, type CitationRecord, type NodeRecord } from '../cypher-rows.ts';
import { graphNode } from '../subgraph.ts';

type Obj = { [key: string]: Plain };

/** Targets of citations, by the kind the API uses: what `coCitationNetwork(kinds)` accepts. */
const CITED_KINDS = new Map<string, Label>(
  [Label.Instrument, Label.Resolution, Label.Document, Label.Group].map((label) => [kindOfLabel[label], label]),
);

/** Documents by date (undated last), then symbol with numbers compared as numbers (80/8 before 80/10). */
export function byDateThenSymbol(a: NodeRecord, b: NodeRecord): number {
  const [da, db] = [text(a, 'date'), text(b, 'date')];
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  return (text(a, 'symbol') ?? a.id).localeCompare(text(b, 'symbol') ?? b.id, 'en', { numeric: true });
}

function citationOf(c: Obj, paragraph: NodeRecord): CitationRecord {
  return citation(c, paragraph, c.target as unknown as NodeRecord);
}

export const corpusQueries: QueryResolvers = {
  citingDocuments: async (_root, { target }, ctx) => {
    const [row] = await ctx.db.resolve('corpus-citing-documents', [checkKey('target', target)]);
    onlyCandidate('target', target, row?.ids);
    const entries = (row?.documents ?? []) as {
      document: NodeRecord;
      paragraphs: { paragraph: NodeRecord; citations: Obj[] }[];
    }[];
    return entries
      .map(({ document, paragraphs }) => {
        const cited = paragraphs.map(({ paragraph, citations }) => ({
          paragraph,
          citations: citations.map((c) => citationOf(c, paragraph)),
        }));
        return {
          document,
          paragraphs: cited,
          paragraphCount: cited.length,
          citationCount: cited.reduce((n, p) => n + p.citations.length, 0),
        };
      })
      .sort((a, b) => byDateThenSymbol(a.document, b.document));
  },

  compareDocuments: async (_root, { a, b }, ctx) => {
    const [row] = await ctx.db.resolve('corpus-compare-documents', [checkKey('a', a), checkKey('b', b)], { a, b });
    onlyCandidate('a', a, row?.aIds);
    onlyCandidate('b', b, row?.bIds);
    const rows = ((row?.targets ?? []) as { target: NodeRecord; inA: number; inB: number }[]).map((t) => ({
      target: t.target,
      paragraphsInA: Number(t.inA),
      paragraphsInB: Number(t.inB),
    }));
    return {
      a: row!.aDocument as unknown as NodeRecord,
      b: row!.bDocument as unknown as NodeRecord,
      both: rows.filter((t) => t.paragraphsInA > 0 && t.paragraphsInB > 0),
      onlyA: rows.filter((t) => t.paragraphsInB === 0),
      onlyB: rows.filter((t) => t.paragraphsInA === 0),
    };
  },

  coCitationNetwork: async (_root, { minWeight, kinds, document, limit, adoptionsApart }, ctx) => {
    const weight = checkRange('minWeight', minWeight ?? 2, 1, 1_000_000);
    const maxPairs = ctx.config.maxGraphNodes;
    const size = checkRange('limit', limit ?? Math.min(ctx.config.maxPageSize, maxPairs), 1, maxPairs);
    let labels: string[] | null = null;
    if (kinds) {
      const unknown = kinds.filter((kind) => !CITED_KINDS.has(kind));
      if (unknown.length > 0)
        throw badInput(
          'kinds',
          `unknown kind ${JSON.stringify(unknown[0])}; cited kinds are ${[...CITED_KINDS.keys()].join(', ')}`,
        );
      labels = kinds.map((kind) => CITED_KINDS.get(kind)!);
    }
    const key = document != null ? checkKey('document', document) : null;
    const [row] = await ctx.db.resolve('corpus-co-citation-network', [key], {
      labels,
      minWeight: weight,
      limit: size,
      adoptionsApart: adoptionsApart === true,
    });
    if (key !== null) onlyCandidate('document', key, row?.ids);
    const records = new Map(((row?.nodes ?? []) as unknown as NodeRecord[]).map((n) => [n.id, n]));
    const paragraphs = new Map(((row?.paragraphs ?? []) as unknown as NodeRecord[]).map((p) => [p.id, p]));
    const pairs = ((row?.pairs ?? []) as { a: string; b: string; weight: number; paragraphs: string[] }[]).filter(
      (p) => records.has(p.a) && records.has(p.b),
    );
    const totalPairs = Number(row?.totalPairs ?? 0);
    return {
      nodes: [...records.values()].map(graphNode),
      edges: pairs.map((p) => {
        const data = { weight: Number(p.weight), paragraphs: p.paragraphs };
        return { id: relationshipId('CO_CITED', p.a, p.b, {}), source: p.a, target: p.b, type: 'CO_CITED', data };
      }),
      pairs: pairs.map((p) => ({
        a: records.get(p.a)!,
        b: records.get(p.b)!,
        weight: Number(p.weight),
        paragraphs: p.paragraphs.map((id) => paragraphs.get(id)).filter((x): x is NodeRecord => x !== undefined),
      })),
      totalPairs,
      truncated: totalPairs > pairs.length,
    };
  },
};
