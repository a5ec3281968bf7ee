// The comparison server: what a user would build with @neo4j/graphql over the same graph, with
// type definitions for the four measured questions only. Paragraph → CITES → target and back are
// @relationship fields, so @neo4j/graphql compiles those operations into one Cypher query of its
// own; it cannot express a neighbourhood or a multi-label full-text search, so those two are
// @cypher fields running this project's Cypher, as its documentation advises. Served by the same
// graphql-yoga as ours, so the two differ only in how an operation becomes Cypher.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../graph/cypher.ts';

/** Our Cypher inside a @cypher field, whose result must be one column. */
const NEIGHBORHOOD = `CALL {\n${cypher('api/resolve-keys')}\n${cypher('api/neighborhood')}\n}\nRETURN {ids: ids, nodes: nodes, edges: edges} AS result`;
const SEARCH = `CALL {\n${cypher('api/search')}\n}\nRETURN {node: node, score: score} AS hit`;

/** A GraphQL string literal (block strings would keep Cypher's own quotes and backslashes as is). */
const quoted = (text: string) => JSON.stringify(text);

export const typeDefs = /* GraphQL */ `
  type Paragraph @node {
    id: ID!
    localId: String!
    document: String!
    section: String!
    number: Int
    order: Int!
    text: String!
    cites: [CitationTarget!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type Cites @relationshipProperties {
    surface: String!
    start: Int!
    end: Int!
    via: String!
    footnote: String
  }

  union CitationTarget = Instrument | Resolution | Document | Group

  type Instrument @node {
    id: ID!
    acronym: String
    shortTitle: String
    title: String!
    citedBy: [Paragraph!]! @relationship(type: "CITES", direction: IN, properties: "Cites")
  }

  type Resolution @node {
    id: ID!
    symbol: String!
    title: String
  }

  type Document @node {
    id: ID!
    symbol: String!
    title: String
  }

  type Group @node {
    id: ID!
    title: String!
  }

  type GraphNode {
    id: ID!
    labels: [String!]!
  }

  type GraphEdge {
    type: String!
    source: ID!
    target: ID!
  }

  type Subgraph {
    ids: [ID!]!
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
  }

  type SearchNode {
    id: ID!
    labels: [String!]!
  }

  type SearchHit {
    node: SearchNode!
    score: Float!
  }

  type Query {
    neighborhood(keys: [String!]!, exact: Boolean!, depth: Int!, labels: [String!], limit: Int!, rel: String, direction: String = "BOTH"): Subgraph
      @cypher(statement: ${quoted(NEIGHBORHOOD)}, columnName: "result")
    search(query: String!, limit: Int!): [SearchHit!]! @cypher(statement: ${quoted(SEARCH)}, columnName: "hit")
  }
`;

export interface StartedServer {
  url: string;
  close(): Promise<void>;
}

export async function startNeo4jGraphqlServer(driver: Driver, database: string): Promise<StartedServer> {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
    context: { sessionConfig: { database } },
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
