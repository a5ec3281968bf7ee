// The four operations the API benchmark measures, each written three ways that answer the same
// question over the same database: a GraphQL operation for this server (sent alike to it with and
// without its response cache), one for the comparison server built with @neo4j/graphql
// (neo4j-graphql-server.ts), and the Cypher this server sends, for the raw-driver baseline
// (raw-server.ts). The selections are the same on both GraphQL
// servers: only fields both can answer (ids, texts, the citation's words and offsets).
import { cypher } from '../../graph/cypher.ts';
import { luceneQuery } from '../../server/search-query.ts';

/**
 * The four servers measured: this API as deployed (its response cache on, the default), the same
 * app with API_RESPONSE_CACHE_MB=0, the @neo4j/graphql comparison, the raw-driver baseline.
 */
export const SERVER_KINDS = ['ours', 'ours-uncached', 'neo4j-graphql', 'raw'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

/** How each server is named in the report. */
export const SERVER_LABEL: Record<ServerKind, string> = {
  ours: 'ours',
  'ours-uncached': 'ours, no cache',
  'neo4j-graphql': '@neo4j/graphql',
  raw: 'raw',
};

/** Whether a server is this API (either way), which takes the `ours` operation. */
export const isOurs = (kind: ServerKind): kind is 'ours' | 'ours-uncached' =>
  kind === 'ours' || kind === 'ours-uncached';

export interface MeasuredQuery {
  /** Short name, the row of the table and the raw server's path (/raw/<name>). */
  name: string;
  /** What the row measures, for the report. */
  title: string;
  ours: { query: string; variables: Record<string, unknown> };
  neo4jGraphql: { query: string; variables: Record<string, unknown> };
  /** Exactly the statement and parameters server/cypher-reader.ts sends for `ours` (integers as such). */
  raw: { statement: string; params: Record<string, unknown> };
}

/** Bangkok ¶ 4: ten citations of instruments, resolutions and a group, present in every graph measured. */
export const PARAGRAPH_ID = 'E/CN.15/2005/5#op-4';
export const CITED_TARGET = 'UNCAC';
export const CITED_TARGET_ID = 'uncac';
export const NEIGHBOURHOOD_DEPTH = 2;
export const SEARCH_TEXT = 'corruption';
export const SEARCH_LIMIT = 10;
/** The server's default MAX_GRAPH_NODES, which it passes to neighborhood.cypher. */
export const GRAPH_LIMIT = 5000;

/** resolve-keys.cypher followed by a statement, as ApiReader.resolve builds it. */
const resolving = (name: string) => `${cypher('api/resolve-keys')}\n${cypher(`api/${name}`)}`;

export const MEASURED: MeasuredQuery[] = [
  {
    name: 'paragraph',
    title: 'a paragraph with its citations',
    ours: {
      query: `query Paragraph($id: ID!) { paragraph(id: $id) {
        id kind label text
        citations { id surface start end via target { id kind label } } } }`,
      variables: { id: PARAGRAPH_ID },
    },
    neo4jGraphql: {
      query: `query Paragraph($id: ID!) { paragraphs(where: { id: { eq: $id } }) {
        id section number localId text
        citesConnection(sort: [{ edge: { start: ASC } }]) { edges {
          properties { surface start end via }
          node { __typename
            ... on Instrument { id acronym shortTitle title }
            ... on Resolution { id symbol }
            ... on Document { id symbol }
            ... on Group { id title } } } } } }`,
      variables: { id: PARAGRAPH_ID },
    },
    raw: { statement: resolving('node-details'), params: { keys: [PARAGRAPH_ID], exact: false } },
  },
  {
    name: 'citations',
    title: '`citations` of UNCAC',
    ours: {
      query: `query Citations($target: ID!) { citations(target: $target) {
        id surface start end via paragraph { id kind label text } } }`,
      variables: { target: CITED_TARGET },
    },
    neo4jGraphql: {
      // @neo4j/graphql has no look-up by any name: the acronym is the natural filter here.
      query: `query Citations($acronym: String!) { instruments(where: { acronym: { eq: $acronym } }) {
        id
        citedByConnection(sort: [{ node: { document: ASC } }, { node: { order: ASC } }, { edge: { start: ASC } }]) { edges {
          properties { surface start end via }
          node { id section number localId text } } } } }`,
      variables: { acronym: CITED_TARGET },
    },
    raw: { statement: resolving('node-details'), params: { keys: [CITED_TARGET], exact: false } },
  },
  {
    name: 'neighbourhood',
    title: 'neighbourhood of UNCAC at depth 2',
    ours: {
      query: `query Neighborhood($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth) {
        nodes { id kind label } edges { id source target type } } }`,
      variables: { id: CITED_TARGET_ID, depth: NEIGHBOURHOOD_DEPTH },
    },
    neo4jGraphql: {
      // @neo4j/graphql cannot express "every node within two hops": a @cypher field runs our Cypher.
      query: `query Neighborhood($keys: [String!]!, $depth: Int!, $limit: Int!) {
        neighborhood(keys: $keys, exact: false, depth: $depth, limit: $limit) {
          ids nodes { id labels } edges { type source target } } }`,
      variables: { keys: [CITED_TARGET_ID], depth: NEIGHBOURHOOD_DEPTH, limit: GRAPH_LIMIT },
    },
    raw: {
      statement: resolving('neighborhood'),
      params: {
        keys: [CITED_TARGET_ID],
        exact: false,
        depth: NEIGHBOURHOOD_DEPTH,
        labels: null,
        limit: GRAPH_LIMIT,
        rel: null,
        direction: 'BOTH',
      },
    },
  },
  {
    name: 'search',
    title: `full-text search "${SEARCH_TEXT}"`,
    ours: {
      query: `query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { score node { id kind label } } }`,
      variables: { text: SEARCH_TEXT, limit: SEARCH_LIMIT },
    },
    neo4jGraphql: {
      // The Lucene query is the one this server builds from the text (server/search-query.ts).
      query: `query Search($query: String!, $limit: Int!) { search(query: $query, limit: $limit) { score node { id labels } } }`,
      variables: { query: luceneQuery(SEARCH_TEXT), limit: SEARCH_LIMIT },
    },
    raw: { statement: cypher('api/search'), params: { query: luceneQuery(SEARCH_TEXT), limit: SEARCH_LIMIT } },
  },
];

/** An answer as parsed from JSON; answerSize checks its shape field by field. */
// biome-ignore lint/suspicious/noExplicitAny: a parsed JSON answer, checked field by field below.
type Json = any;

/**
 * How many items an answer holds (citations, nodes or hits), so that the benchmark can check that
 * the servers answer the same question with the same data before it measures them.
 */
export function answerSize(server: ServerKind, name: string, answer: Json): number | undefined {
  const d = answer?.data;
  switch (`${isOurs(server) ? 'ours' : server}/${name}`) {
    case 'ours/paragraph':
      return d?.paragraph?.citations?.length;
    case 'neo4j-graphql/paragraph':
      return d?.paragraphs?.[0]?.citesConnection?.edges?.length;
    case 'raw/paragraph':
      return answer?.[0]?.citations?.length;
    case 'ours/citations':
      return d?.citations?.length;
    case 'neo4j-graphql/citations':
      return d?.instruments?.[0]?.citedByConnection?.edges?.length;
    case 'raw/citations':
      return answer?.[0]?.citedBy?.length;
    case 'ours/neighbourhood':
      return d?.neighborhood?.nodes?.length;
    case 'neo4j-graphql/neighbourhood':
      return d?.neighborhood?.nodes?.length;
    case 'raw/neighbourhood':
      return answer?.[0]?.nodes?.length;
    case 'ours/search':
      return d?.search?.length;
    case 'neo4j-graphql/search':
      return d?.search?.length;
    case 'raw/search':
      return answer?.length;
    default:
      return undefined;
  }
}
