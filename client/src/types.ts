// The shapes the client reads from the API, none written by hand: each is the generated type of a
// document or fragment the client sends (client/src/graphql/*.graphql, `npm run codegen` →
// client/src/generated/graphql.ts), so a field the client reads but does not ask for, or one the
// schema lacks, fails the type check.
import type * as G from './generated/graphql.ts';

export type { CitationVia, NodeKind } from './generated/graphql.ts';

/** Nodes and edges shaped for Cytoscape, as graph, neighborhood, path and overview answer them. */
export type Subgraph = G.SubgraphFieldsFragment;
export type GraphNode = Subgraph['nodes'][number];
export type GraphEdge = Subgraph['edges'][number];

/** What every link to a node needs: its id, kind and label. */
export type NodeRef = G.NodeRefFragment;

/** A citation as the panels show it; the paragraph or the target, whichever the question did not name. */
export type CitationInfo = G.CitationFieldsFragment & { target?: NodeRef; paragraph?: NodeRef & { text?: string } };

export type ParagraphInfo = G.ParagraphFieldsFragment;
export type MentionInfo = ParagraphInfo['mentions'][number];
export type FootnoteInfo = ParagraphInfo['footnotes'][number];

/** The `node(id)` answer: the common fields plus whichever type-specific ones the type has. */
export type NodeDetails = NonNullable<G.NodeQuery['node']>;

export type DocumentInfo = NonNullable<G.DocumentQuery['document']>;
export type CoCitationInfo = G.CoCitationsQuery['coCitations'][number];
export type SearchHit = G.SearchQuery['search'][number];
export type ThemeInfo = G.ThemesQuery['themes'][number];
