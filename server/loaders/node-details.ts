// Node id → the node and everything one hop away, from graph/queries/api/node-details.cypher.
// Root fields that look nodes up by name run the same query and prime this loader, so the nested
// fields of what they return cost nothing more; deeper levels cost one batched query each.
import type { Row } from '../../graph/database.ts';
import { OWNED_LABEL, Rel, type Label } from '../../graph/model.ts';
import type { Plain } from '../../graph/values.ts';
import { ambiguous, checkKey, notFound } from '../errors.ts';
import type { ApiReader } from '../cypher-reader.ts';
import {
  relationshipId,
  viaOf,
  type AnnexRecord,
  type CitationRecord,
  type MentionRecord,
  type NodeRecord,
} from '../cypher-rows.ts';
import { type BatchLoader, createBatchLoader } from './batch-loader.ts';

export interface NodeDetails {
  node: NodeRecord;
  /** A paragraph's document. */
  document: NodeRecord | null;
  /** A document's paragraphs, in reading order. */
  paragraphs: NodeRecord[];
  /** A document's or a paragraph's footnotes. */
  footnotes: NodeRecord[];
  references: NodeRecord[];
  /** What a paragraph cites. */
  citations: CitationRecord[];
  mentions: MentionRecord[];
  themes: NodeRecord[];
  previous: NodeRecord | null;
  next: NodeRecord | null;
  /** A footnote's paragraph. */
  paragraph: NodeRecord | null;
  adoptedBy: NodeRecord | null;
  supplements: NodeRecord | null;
  supplementedBy: NodeRecord[];
  groups: NodeRecord[];
  members: NodeRecord[];
  /** The citations of this node, with their paragraphs. */
  citedBy: CitationRecord[];
  annexes: AnnexRecord[];
  partOf: NodeRecord | null;
  parts: NodeRecord[];
  mentionedIn: MentionRecord[];
  /** Paragraphs that address this theme. */
  addressedBy: number;
}

export type DetailsLoader = BatchLoader<NodeDetails>;

/**
 * The loader's key for a node: its labels and its id, so the details of one node can never stand
 * in for another's, even in a graph seeded before a resolution loaded as a document became one
 * node (a Document and a Resolution) instead of two with one id.
 */
function detailKey(node: NodeRecord): string {
  const labels = (node.labels ?? []).filter((label) => label !== OWNED_LABEL).sort();
  return `${labels.join(':')}|${node.id}`;
}

export function createDetailsLoader(db: ApiReader): DetailsLoader {
  return createBatchLoader(async (keys) => {
    const ids = [...new Set(keys.map((key) => key.slice(key.indexOf('|') + 1)))];
    const rows = await db.resolve('node-details', ids, {}, { exact: true });
    return new Map(
      rows.map((row) => {
        const details = detailsOf(row);
        return [detailKey(details.node), details];
      }),
    );
  });
}

/**
 * Looks up nodes by id or name in one query, primes the loader with what it found, and returns
 * the candidates of each key (none: unknown; several: ambiguous).
 */
export async function findNodes(
  ctx: { db: ApiReader; details: DetailsLoader },
  keys: string[],
): Promise<Map<string, NodeDetails[]>> {
  const rows = await ctx.db.resolve('node-details', keys);
  const found = new Map<string, NodeDetails[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    const details = detailsOf(row);
    ctx.details.prime(detailKey(details.node), details);
    found.get(String(row.key))?.push(details);
  }
  return found;
}

/**
 * The one node a key names (only nodes with `label`, when given), or null; a key that names
 * several is a BAD_USER_INPUT that lists their ids.
 */
export async function findNode(
  ctx: { db: ApiReader; details: DetailsLoader },
  argument: string,
  key: string,
  label?: Label,
): Promise<NodeDetails | null> {
  checkKey(argument, key);
  const found = (await findNodes(ctx, [key])).get(key) ?? [];
  const candidates = label ? found.filter((c) => c.node.labels.includes(label)) : found;
  if (candidates.length > 1)
    throw ambiguous(
      argument,
      key,
      candidates.map((c) => c.node.id),
    );
  return candidates[0] ?? null;
}

/** Like findNode, but a key that names nothing is NOT_FOUND. */
export async function requireNode(
  ctx: { db: ApiReader; details: DetailsLoader },
  argument: string,
  key: string,
): Promise<NodeDetails> {
  const details = await findNode(ctx, argument, key);
  if (!details) throw notFound(argument, key);
  return details;
}

/** The one id a key's candidates hold; NOT_FOUND or BAD_USER_INPUT (ambiguous) otherwise. */
export function onlyCandidate(argument: string, key: string, ids: unknown): string {
  const list = Array.isArray(ids) ? ids.map(String) : [];
  if (list.length === 0) throw notFound(argument, key);
  if (list.length > 1) throw ambiguous(argument, key, list);
  return list[0]!;
}

/** The details of a node the resolvers already hold (one batched query per GraphQL level). */
export async function detailsOfNode(ctx: { details: DetailsLoader }, node: NodeRecord): Promise<NodeDetails> {
  const details = await ctx.details.load(detailKey(node));
  // A node that vanished between two queries of one request (a concurrent re-seed) reads as bare.
  return details ?? detailsOf({ node } as unknown as Row);
}

type Obj = { [key: string]: Plain };

export function detailsOf(row: Row): NodeDetails {
  const node = row.node as unknown as NodeRecord;
  const one = (key: string) => (row[key] ?? null) as unknown as NodeRecord | null;
  const many = (key: string) => (row[key] ?? []) as unknown as NodeRecord[];
  const objects = (key: string) => (row[key] ?? []) as Obj[];
  return {
    node,
    document: one('document'),
    paragraphs: many('paragraphs'),
    footnotes: many('footnotes'),
    references: many('references'),
    citations: objects('citations').map((c) => citation(c, node, c.target as unknown as NodeRecord)),
    mentions: objects('mentions').map((m) => mention(m, node, m.body as unknown as NodeRecord)),
    themes: many('themes'),
    previous: one('previous'),
    next: one('next'),
    paragraph: one('paragraph'),
    adoptedBy: one('adoptedBy'),
    supplements: one('supplements'),
    supplementedBy: many('supplementedBy'),
    groups: many('groups'),
    members: many('members'),
    citedBy: objects('citedBy').map((c) => citation(c, c.paragraph as unknown as NodeRecord, node)),
    annexes: objects('annexes').map((a) => ({
      annex: typeof a.annex === 'string' ? a.annex : null,
      instrument: a.instrument as unknown as NodeRecord,
    })),
    partOf: one('partOf'),
    parts: many('parts'),
    mentionedIn: objects('mentionedIn').map((m) => mention(m, m.paragraph as unknown as NodeRecord, node)),
    addressedBy: typeof row.addressedBy === 'number' ? row.addressedBy : 0,
  };
}

/** A CITES relationship as the API's Citation record; root fields that read citations share it. */
export function citation(c: Obj, paragraph: NodeRecord, target: NodeRecord): CitationRecord {
  const rel = c.rel as Obj;
  const id = relationshipId(Rel.CITES, paragraph.id, target.id, rel);
  return {
    id,
    paragraph,
    target,
    surface: String(rel.surface ?? ''),
    start: Number(rel.start ?? 0),
    end: Number(rel.end ?? 0),
    via: viaOf(rel.via, id),
    footnote: (c.footnote ?? null) as unknown as NodeRecord | null,
  };
}

/** A MENTIONS relationship as the API's Mention record. */
export function mention(m: Obj, paragraph: NodeRecord, body: NodeRecord): MentionRecord {
  const rel = m.rel as Obj;
  return {
    id: relationshipId(Rel.MENTIONS, paragraph.id, body.id, rel),
    paragraph,
    body,
    surface: String(rel.surface ?? ''),
    start: Number(rel.start ?? 0),
    end: Number(rel.end ?? 0),
  };
}
