// The shapes the client reads from the API (server/schema/schema.graphql), written out by hand:
// the client asks for only these fields, so it types only these. The enums are generated.
import type { CitationVia, NodeKind } from './generated/enums.ts';

export type { CitationVia, NodeKind };

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Free-form properties of the node (title, text, order, ...): whatever the API puts there. */
  data?: Record<string, unknown> | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** For CITES and MENTIONS: surface, start, end, via, footnote. */
  data?: Record<string, unknown> | null;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface NodeRef {
  id: string;
  kind: NodeKind;
  label: string;
}

export interface FootnoteInfo {
  id?: string;
  marker: string;
  text: string;
}

export interface CitationInfo {
  id: string;
  surface: string;
  start: number;
  end: number;
  via: CitationVia;
  sentence: string;
  /** Where `sentence` starts and ends in the paragraph's text. */
  sentenceStart: number;
  sentenceEnd: number;
  footnote?: FootnoteInfo | null;
  target?: NodeRef;
  paragraph?: NodeRef & { text?: string };
}

export interface MentionInfo {
  id: string;
  surface: string;
  start: number;
  end: number;
  body: NodeRef;
}

export interface ParagraphInfo extends NodeRef {
  localId: string;
  section: string;
  number?: number | null;
  order: number;
  text: string;
  /** The source's pages it stands on (a PDF's); null or absent for plain text. */
  pages?: number[] | null;
  citations: CitationInfo[];
  mentions: MentionInfo[];
  footnotes: FootnoteInfo[];
  themes?: NodeRef[];
  previous?: NodeRef | null;
  next?: NodeRef | null;
  document?: { symbol: string };
}

/** The `node(id)` answer: the common fields plus whichever type-specific ones the type has. */
export interface NodeDetails extends NodeRef {
  [field: string]: unknown;
}

export interface DocumentInfo {
  symbol: string;
  title: string;
  date?: string | null;
  paragraphs: ParagraphInfo[];
  footnotes: FootnoteInfo[];
}

export interface CoCitationInfo {
  node: NodeRef;
  count: number;
  paragraphs: NodeRef[];
}

export interface SearchHit {
  score: number;
  node: NodeRef & { title?: string; resolutionTitle?: string | null; text?: string; symbol?: string; name?: string };
}

export interface ThemeInfo extends NodeRef {
  paragraphCount: number;
}
