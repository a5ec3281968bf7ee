/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a paragraph makes a citation. */
export type CitationVia =
  /** The cited words stand in a footnote whose marker is in the paragraph. */
  | 'footnote'
  /** The cited words stand in the paragraph's text. */
  | 'text';

/** Which way the relationships of a neighbourhood point, seen from the node expanded. */
export type LinkDirection =
  | 'BOTH'
  /** Relationships to the node (who cites it). */
  | 'IN'
  /** Relationships from the node (what it cites, its paragraphs). */
  | 'OUT';

/** What a node is: one kind per label of the graph model (graph/MODEL.md). */
export type NodeKind =
  | 'body'
  | 'document'
  | 'footnote'
  | 'group'
  | 'instrument'
  | 'paragraph'
  | 'resolution'
  | 'theme';

/** Which relationships a path may follow. */
export type PathLinks =
  /** Every relationship, themes and reading order too. */
  | 'ANY'
  /** Citation links: who cites, mentions or references what, and the catalogue's links between targets. */
  | 'CITATIONS';

/** What happened on a timeline event's date. */
export type TimelineEventKind =
  /** An instrument or resolution adopted, or a document that is a resolution adopted (its date). */
  | 'adopted'
  /** A document cited the node (on the document's date). */
  | 'cited'
  | 'enteredIntoForce'
  /** A document that is not a resolution issued (its date). */
  | 'issued'
  | 'openedForSignature';

export type CitingDocumentsQueryVariables = Exact<{
  target: string;
}>;


export type CitingDocumentsQuery = { citingDocuments: Array<{ paragraphCount: number, citationCount: number, document: { id: string, symbol: string, title: string, date: string | null }, paragraphs: Array<{ paragraph: { id: string, kind: NodeKind, label: string }, citations: Array<{ id: string, surface: string, start: number, end: number, via: CitationVia, sentence: string, sentenceStart: number, footnote: { marker: string } | null }> }> }> };

export type CoCitationNetworkQueryVariables = Exact<{
  minWeight?: number | null | undefined;
  document?: string | null | undefined;
  limit?: number | null | undefined;
  adoptionsApart?: boolean | null | undefined;
}>;


export type CoCitationNetworkQuery = { coCitationNetwork: { totalPairs: number, truncated: boolean, nodes: Array<{ id: string, kind: NodeKind, label: string, data: Record<string, unknown> | null }>, edges: Array<{ id: string, source: string, target: string, type: string, data: Record<string, unknown> | null }> } };

export type ComparedTargetFieldsFragment = { paragraphsInA: number, paragraphsInB: number, target:
    | { id: string, kind: NodeKind, label: string }
    | { id: string, kind: NodeKind, label: string }
    | { id: string, kind: NodeKind, label: string }
    | { id: string, kind: NodeKind, label: string }
    | { id: string, kind: NodeKind, label: string }
    | { id: string, kind: NodeKind, label: string }
    | { id: string, kind: NodeKind, label: string }
    | { id: string, kind: NodeKind, label: string }
   };

export type CompareDocumentsQueryVariables = Exact<{
  a: string;
  b: string;
}>;


export type CompareDocumentsQuery = { compareDocuments: { a: { symbol: string, title: string }, b: { symbol: string, title: string }, both: Array<{ paragraphsInA: number, paragraphsInB: number, target:
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
       }>, onlyA: Array<{ paragraphsInA: number, paragraphsInB: number, target:
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
       }>, onlyB: Array<{ paragraphsInA: number, paragraphsInB: number, target:
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
        | { id: string, kind: NodeKind, label: string }
       }> } };

export type TimelineQueryVariables = Exact<{
  target?: string | null | undefined;
  document?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type TimelineQuery = { timeline: Array<{ date: string | null, inferred: boolean, kind: TimelineEventKind, paragraphCount: number | null, node:
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
    , document: { id: string, symbol: string, title: string } | null }> };

export type ResolutionChainQueryVariables = Exact<{
  symbol: string;
  depth?: number | null | undefined;
}>;


export type ResolutionChainQuery = { resolutionChain: { nodes: Array<{ id: string, kind: NodeKind, label: string, data: Record<string, unknown> | null }>, edges: Array<{ id: string, source: string, target: string, type: string, data: Record<string, unknown> | null }> } };

export type DatedGraphQueryVariables = Exact<{
  document?: string | null | undefined;
}>;


export type DatedGraphQuery = { datedGraph: { nodes: Array<{ id: string, data: Record<string, unknown> | null }>, edges: Array<{ id: string, data: Record<string, unknown> | null }> } };

export type CoCitedWordsQueryVariables = Exact<{
  a: string;
  b: string;
}>;


export type CoCitedWordsQuery = { a: Array<{ surface: string, sentence: string, via: CitationVia, paragraph: { id: string, label: string } }>, b: Array<{ surface: string, sentence: string, via: CitationVia, paragraph: { id: string, label: string } }> };

export type SubgraphFieldsFragment = { nodes: Array<{ id: string, kind: NodeKind, label: string, data: Record<string, unknown> | null }>, edges: Array<{ id: string, source: string, target: string, type: string, data: Record<string, unknown> | null }> };

type NodeRef_Body_Fragment = { id: string, kind: NodeKind, label: string };

type NodeRef_Document_Fragment = { id: string, kind: NodeKind, label: string };

type NodeRef_Footnote_Fragment = { id: string, kind: NodeKind, label: string };

type NodeRef_Group_Fragment = { id: string, kind: NodeKind, label: string };

type NodeRef_Instrument_Fragment = { id: string, kind: NodeKind, label: string };

type NodeRef_Paragraph_Fragment = { id: string, kind: NodeKind, label: string };

type NodeRef_Resolution_Fragment = { id: string, kind: NodeKind, label: string };

type NodeRef_Theme_Fragment = { id: string, kind: NodeKind, label: string };

export type NodeRefFragment =
  | NodeRef_Body_Fragment
  | NodeRef_Document_Fragment
  | NodeRef_Footnote_Fragment
  | NodeRef_Group_Fragment
  | NodeRef_Instrument_Fragment
  | NodeRef_Paragraph_Fragment
  | NodeRef_Resolution_Fragment
  | NodeRef_Theme_Fragment
;

export type CitationFieldsFragment = { id: string, surface: string, start: number, end: number, via: CitationVia, sentence: string, sentenceStart: number, footnote: { marker: string, text: string } | null };

export type GraphQueryVariables = Exact<{
  document?: string | null | undefined;
}>;


export type GraphQuery = { graph: { nodes: Array<{ id: string, kind: NodeKind, label: string, data: Record<string, unknown> | null }>, edges: Array<{ id: string, source: string, target: string, type: string, data: Record<string, unknown> | null }> } };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { overview: { nodes: Array<{ id: string, kind: NodeKind, label: string, data: Record<string, unknown> | null }>, edges: Array<{ id: string, source: string, target: string, type: string, data: Record<string, unknown> | null }> } };

export type NeighborhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { nodes: Array<{ id: string, kind: NodeKind, label: string, data: Record<string, unknown> | null }>, edges: Array<{ id: string, source: string, target: string, type: string, data: Record<string, unknown> | null }> } };

export type ExpandQueryVariables = Exact<{
  id: string;
  rel?: string | null | undefined;
  direction?: LinkDirection | null | undefined;
}>;


export type ExpandQuery = { neighborhood: { nodes: Array<{ id: string, kind: NodeKind, label: string, data: Record<string, unknown> | null }>, edges: Array<{ id: string, source: string, target: string, type: string, data: Record<string, unknown> | null }> } };

export type PathQueryVariables = Exact<{
  from: string;
  to: string;
  via?: PathLinks | null | undefined;
}>;


export type PathQuery = { path: { nodes: Array<{ id: string, kind: NodeKind, label: string, data: Record<string, unknown> | null }>, edges: Array<{ id: string, source: string, target: string, type: string, data: Record<string, unknown> | null }> } | null };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { name: string, id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { title: string, id: string, kind: NodeKind, label: string }
      | { text: string, id: string, kind: NodeKind, label: string }
      | { symbol: string, id: string, kind: NodeKind, label: string, resolutionTitle: string | null }
      | { id: string, kind: NodeKind, label: string }
     }> };

export type CitationsQueryVariables = Exact<{
  target: string;
}>;


export type CitationsQuery = { citations: Array<{ id: string, surface: string, start: number, end: number, via: CitationVia, sentence: string, sentenceStart: number, paragraph: { text: string, id: string, kind: NodeKind, label: string }, target:
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
    , footnote: { marker: string, text: string } | null }> };

export type CoCitationsQueryVariables = Exact<{
  target: string;
}>;


export type CoCitationsQuery = { coCitations: Array<{ count: number, node:
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
    , paragraphs: Array<{ id: string, kind: NodeKind, label: string }> }> };

export type ParagraphFieldsFragment = { localId: string, section: string, number: number | null, order: number, text: string, pages: Array<number> | null, id: string, kind: NodeKind, label: string, document: { symbol: string }, citations: Array<{ id: string, surface: string, start: number, end: number, via: CitationVia, sentence: string, sentenceStart: number, target:
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
      | { id: string, kind: NodeKind, label: string }
    , footnote: { marker: string, text: string } | null }>, mentions: Array<{ id: string, surface: string, start: number, end: number, body: { id: string, kind: NodeKind, label: string } }>, footnotes: Array<{ id: string, marker: string, text: string }>, themes: Array<{ id: string, kind: NodeKind, label: string }>, previous: { id: string, kind: NodeKind, label: string } | null, next: { id: string, kind: NodeKind, label: string } | null };

export type CitationByIdQueryVariables = Exact<{
  id: string;
}>;


export type CitationByIdQuery = { citation: { surface: string, start: number, end: number, via: CitationVia, footnote: { marker: string, text: string } | null, paragraph: { text: string } } | null };

export type MentionByIdQueryVariables = Exact<{
  id: string;
}>;


export type MentionByIdQuery = { mention: { surface: string, start: number, end: number, paragraph: { text: string } } | null };

export type CitedByFragment = { id: string, surface: string, start: number, end: number, via: CitationVia, sentence: string, sentenceStart: number, paragraph: { id: string, kind: NodeKind, label: string }, footnote: { marker: string, text: string } | null };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'Body', name: string, acronym: string | null, bodyKind: string, mentionCount: number, id: string, kind: NodeKind, label: string, partOf: { id: string, kind: NodeKind, label: string } | null, parts: Array<{ id: string, kind: NodeKind, label: string }>, mentionedIn: Array<{ id: string, surface: string, start: number, end: number, paragraph: { id: string, kind: NodeKind, label: string } }> }
    | { __typename: 'Document', symbol: string, title: string, date: string | null, dateInferred: boolean, dateEvidence: string | null, paragraphCount: number, id: string, kind: NodeKind, label: string, resolution: { id: string } | null }
    | { __typename: 'Footnote', marker: string, text: string, id: string, kind: NodeKind, label: string, paragraph: { id: string, kind: NodeKind, label: string } | null }
    | { __typename: 'Group', title: string, id: string, kind: NodeKind, label: string, members: Array<{ id: string, kind: NodeKind, label: string }>, citedBy: Array<{ id: string, surface: string, start: number, end: number, via: CitationVia, sentence: string, sentenceStart: number, paragraph: { id: string, kind: NodeKind, label: string }, footnote: { marker: string, text: string } | null }> }
    | { __typename: 'Instrument', title: string, instrumentKind: string, shortTitle: string | null, acronym: string | null, aliases: Array<string>, adopted: string | null, openedForSignature: string | null, enteredIntoForce: string | null, uncatalogued: boolean, citationCount: number, id: string, kind: NodeKind, label: string, registration: { volume: number, number: number } | null, adoptedBy: { title: string | null, id: string, kind: NodeKind, label: string } | null, supplements: { id: string, kind: NodeKind, label: string } | null, supplementedBy: Array<{ id: string, kind: NodeKind, label: string }>, groups: Array<{ id: string, kind: NodeKind, label: string }>, citedBy: Array<{ id: string, surface: string, start: number, end: number, via: CitationVia, sentence: string, sentenceStart: number, paragraph: { id: string, kind: NodeKind, label: string }, footnote: { marker: string, text: string } | null }> }
    | { __typename: 'Paragraph', localId: string, section: string, number: number | null, order: number, text: string, pages: Array<number> | null, id: string, kind: NodeKind, label: string, document: { symbol: string }, citations: Array<{ id: string, surface: string, start: number, end: number, via: CitationVia, sentence: string, sentenceStart: number, target:
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
        , footnote: { marker: string, text: string } | null }>, mentions: Array<{ id: string, surface: string, start: number, end: number, body: { id: string, kind: NodeKind, label: string } }>, footnotes: Array<{ id: string, marker: string, text: string }>, themes: Array<{ id: string, kind: NodeKind, label: string }>, previous: { id: string, kind: NodeKind, label: string } | null, next: { id: string, kind: NodeKind, label: string } | null }
    | { __typename: 'Resolution', symbol: string, organ: string | null, adopted: string | null, citationCount: number, id: string, kind: NodeKind, label: string, resolutionTitle: string | null, citedBy: Array<{ id: string, surface: string, start: number, end: number, via: CitationVia, sentence: string, sentenceStart: number, paragraph: { id: string, kind: NodeKind, label: string }, footnote: { marker: string, text: string } | null }>, annexes: Array<{ annex: string | null, instrument: { id: string, kind: NodeKind, label: string } }>, adoptedBy: { id: string, kind: NodeKind, label: string } | null }
    | { __typename: 'Theme', paragraphCount: number, id: string, kind: NodeKind, label: string }
   | null };

export type DocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentsQuery = { documents: Array<{ symbol: string, title: string, date: string | null, paragraphCount: number }> };

export type DocumentQueryVariables = Exact<{
  symbol: string;
}>;


export type DocumentQuery = { document: { symbol: string, title: string, date: string | null, footnotes: Array<{ id: string, marker: string, text: string }>, paragraphs: Array<{ localId: string, section: string, number: number | null, order: number, text: string, id: string, kind: NodeKind, label: string, citations: Array<{ id: string, surface: string, start: number, end: number, via: CitationVia, sentence: string, sentenceStart: number, target:
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
          | { id: string, kind: NodeKind, label: string }
        , footnote: { marker: string, text: string } | null }>, mentions: Array<{ id: string, surface: string, start: number, end: number, body: { id: string, kind: NodeKind, label: string } }>, footnotes: Array<{ id: string, marker: string, text: string }> }> } | null };

export type ThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemesQuery = { themes: Array<{ paragraphCount: number, id: string, kind: NodeKind, label: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ComparedTargetFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComparedTargetFields on ComparedTarget {
  target {
    id
    kind
    label
  }
  paragraphsInA
  paragraphsInB
}
    `, {"fragmentName":"ComparedTargetFields"}) as unknown as TypedDocumentString<ComparedTargetFieldsFragment, unknown>;
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  nodes {
    id
    kind
    label
    data
  }
  edges {
    id
    source
    target
    type
    data
  }
}
    `, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const NodeRefFragmentDoc = new TypedDocumentString(`
    fragment NodeRef on Node {
  id
  kind
  label
}
    `, {"fragmentName":"NodeRef"}) as unknown as TypedDocumentString<NodeRefFragment, unknown>;
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  id
  surface
  start
  end
  via
  sentence
  sentenceStart
  footnote {
    marker
    text
  }
}
    `, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const ParagraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment ParagraphFields on Paragraph {
  ...NodeRef
  localId
  section
  number
  order
  text
  pages
  document {
    symbol
  }
  citations {
    ...CitationFields
    target {
      ...NodeRef
    }
  }
  mentions {
    id
    surface
    start
    end
    body {
      ...NodeRef
    }
  }
  footnotes {
    id
    marker
    text
  }
  themes {
    ...NodeRef
  }
  previous {
    ...NodeRef
  }
  next {
    ...NodeRef
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
}
fragment CitationFields on Citation {
  id
  surface
  start
  end
  via
  sentence
  sentenceStart
  footnote {
    marker
    text
  }
}`, {"fragmentName":"ParagraphFields"}) as unknown as TypedDocumentString<ParagraphFieldsFragment, unknown>;
export const CitedByFragmentDoc = new TypedDocumentString(`
    fragment CitedBy on Citation {
  ...CitationFields
  paragraph {
    ...NodeRef
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
}
fragment CitationFields on Citation {
  id
  surface
  start
  end
  via
  sentence
  sentenceStart
  footnote {
    marker
    text
  }
}`, {"fragmentName":"CitedBy"}) as unknown as TypedDocumentString<CitedByFragment, unknown>;
export const CitingDocumentsDocument = new TypedDocumentString(`
    query CitingDocuments($target: ID!) {
  citingDocuments(target: $target) {
    document {
      id
      symbol
      title
      date
    }
    paragraphCount
    citationCount
    paragraphs {
      paragraph {
        id
        kind
        label
      }
      citations {
        id
        surface
        start
        end
        via
        sentence
        sentenceStart
        footnote {
          marker
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CitingDocumentsQuery, CitingDocumentsQueryVariables>;
export const CoCitationNetworkDocument = new TypedDocumentString(`
    query CoCitationNetwork($minWeight: Int, $document: String, $limit: Int, $adoptionsApart: Boolean) {
  coCitationNetwork(
    minWeight: $minWeight
    document: $document
    limit: $limit
    adoptionsApart: $adoptionsApart
  ) {
    nodes {
      id
      kind
      label
      data
    }
    edges {
      id
      source
      target
      type
      data
    }
    totalPairs
    truncated
  }
}
    `) as unknown as TypedDocumentString<CoCitationNetworkQuery, CoCitationNetworkQueryVariables>;
export const CompareDocumentsDocument = new TypedDocumentString(`
    query CompareDocuments($a: String!, $b: String!) {
  compareDocuments(a: $a, b: $b) {
    a {
      symbol
      title
    }
    b {
      symbol
      title
    }
    both {
      ...ComparedTargetFields
    }
    onlyA {
      ...ComparedTargetFields
    }
    onlyB {
      ...ComparedTargetFields
    }
  }
}
    fragment ComparedTargetFields on ComparedTarget {
  target {
    id
    kind
    label
  }
  paragraphsInA
  paragraphsInB
}`) as unknown as TypedDocumentString<CompareDocumentsQuery, CompareDocumentsQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($target: ID, $document: String, $limit: Int) {
  timeline(target: $target, document: $document, limit: $limit) {
    date
    inferred
    kind
    node {
      id
      kind
      label
    }
    document {
      id
      symbol
      title
    }
    paragraphCount
  }
}
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const ResolutionChainDocument = new TypedDocumentString(`
    query ResolutionChain($symbol: String!, $depth: Int) {
  resolutionChain(symbol: $symbol, depth: $depth) {
    nodes {
      id
      kind
      label
      data
    }
    edges {
      id
      source
      target
      type
      data
    }
  }
}
    `) as unknown as TypedDocumentString<ResolutionChainQuery, ResolutionChainQueryVariables>;
export const DatedGraphDocument = new TypedDocumentString(`
    query DatedGraph($document: String) {
  datedGraph(document: $document) {
    nodes {
      id
      data
    }
    edges {
      id
      data
    }
  }
}
    `) as unknown as TypedDocumentString<DatedGraphQuery, DatedGraphQueryVariables>;
export const CoCitedWordsDocument = new TypedDocumentString(`
    query CoCitedWords($a: ID!, $b: ID!) {
  a: citations(target: $a) {
    surface
    sentence
    via
    paragraph {
      id
      label
    }
  }
  b: citations(target: $b) {
    surface
    sentence
    via
    paragraph {
      id
      label
    }
  }
}
    `) as unknown as TypedDocumentString<CoCitedWordsQuery, CoCitedWordsQueryVariables>;
export const GraphDocument = new TypedDocumentString(`
    query Graph($document: String) {
  graph(document: $document) {
    ...SubgraphFields
  }
}
    fragment SubgraphFields on Subgraph {
  nodes {
    id
    kind
    label
    data
  }
  edges {
    id
    source
    target
    type
    data
  }
}`) as unknown as TypedDocumentString<GraphQuery, GraphQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview {
  overview {
    ...SubgraphFields
  }
}
    fragment SubgraphFields on Subgraph {
  nodes {
    id
    kind
    label
    data
  }
  edges {
    id
    source
    target
    type
    data
  }
}`) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int) {
  neighborhood(id: $id, depth: $depth) {
    ...SubgraphFields
  }
}
    fragment SubgraphFields on Subgraph {
  nodes {
    id
    kind
    label
    data
  }
  edges {
    id
    source
    target
    type
    data
  }
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const ExpandDocument = new TypedDocumentString(`
    query Expand($id: ID!, $rel: String, $direction: LinkDirection) {
  neighborhood(id: $id, depth: 1, rel: $rel, direction: $direction) {
    ...SubgraphFields
  }
}
    fragment SubgraphFields on Subgraph {
  nodes {
    id
    kind
    label
    data
  }
  edges {
    id
    source
    target
    type
    data
  }
}`) as unknown as TypedDocumentString<ExpandQuery, ExpandQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!, $via: PathLinks) {
  path(from: $from, to: $to, via: $via) {
    ...SubgraphFields
  }
}
    fragment SubgraphFields on Subgraph {
  nodes {
    id
    kind
    label
    data
  }
  edges {
    id
    source
    target
    type
    data
  }
}`) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) {
    score
    node {
      ...NodeRef
      ... on Instrument {
        title
      }
      ... on Paragraph {
        text
      }
      ... on Resolution {
        symbol
        resolutionTitle: title
      }
      ... on Body {
        name
      }
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const CitationsDocument = new TypedDocumentString(`
    query Citations($target: ID!) {
  citations(target: $target) {
    ...CitationFields
    paragraph {
      ...NodeRef
      text
    }
    target {
      ...NodeRef
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
}
fragment CitationFields on Citation {
  id
  surface
  start
  end
  via
  sentence
  sentenceStart
  footnote {
    marker
    text
  }
}`) as unknown as TypedDocumentString<CitationsQuery, CitationsQueryVariables>;
export const CoCitationsDocument = new TypedDocumentString(`
    query CoCitations($target: ID!) {
  coCitations(target: $target) {
    count
    node {
      ...NodeRef
    }
    paragraphs {
      ...NodeRef
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
}`) as unknown as TypedDocumentString<CoCitationsQuery, CoCitationsQueryVariables>;
export const CitationByIdDocument = new TypedDocumentString(`
    query CitationById($id: ID!) {
  citation(id: $id) {
    surface
    start
    end
    via
    footnote {
      marker
      text
    }
    paragraph {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<CitationByIdQuery, CitationByIdQueryVariables>;
export const MentionByIdDocument = new TypedDocumentString(`
    query MentionById($id: ID!) {
  mention(id: $id) {
    surface
    start
    end
    paragraph {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<MentionByIdQuery, MentionByIdQueryVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    ...NodeRef
    ... on Instrument {
      title
      instrumentKind
      shortTitle
      acronym
      aliases
      adopted
      openedForSignature
      enteredIntoForce
      uncatalogued
      registration {
        volume
        number
      }
      adoptedBy {
        ...NodeRef
        title
      }
      supplements {
        ...NodeRef
      }
      supplementedBy {
        ...NodeRef
      }
      groups {
        ...NodeRef
      }
      citationCount
      citedBy {
        ...CitedBy
      }
    }
    ... on Resolution {
      symbol
      organ
      resolutionTitle: title
      adopted
      citationCount
      citedBy {
        ...CitedBy
      }
      annexes {
        annex
        instrument {
          ...NodeRef
        }
      }
      adoptedBy {
        ...NodeRef
      }
    }
    ... on Group {
      title
      members {
        ...NodeRef
      }
      citedBy {
        ...CitedBy
      }
    }
    ... on Body {
      name
      acronym
      bodyKind
      mentionCount
      partOf {
        ...NodeRef
      }
      parts {
        ...NodeRef
      }
      mentionedIn {
        id
        surface
        start
        end
        paragraph {
          ...NodeRef
        }
      }
    }
    ... on Theme {
      paragraphCount
    }
    ... on Document {
      symbol
      title
      date
      dateInferred
      dateEvidence
      paragraphCount
      resolution {
        id
      }
    }
    ... on Paragraph {
      ...ParagraphFields
    }
    ... on Footnote {
      marker
      text
      paragraph {
        ...NodeRef
      }
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
}
fragment CitationFields on Citation {
  id
  surface
  start
  end
  via
  sentence
  sentenceStart
  footnote {
    marker
    text
  }
}
fragment ParagraphFields on Paragraph {
  ...NodeRef
  localId
  section
  number
  order
  text
  pages
  document {
    symbol
  }
  citations {
    ...CitationFields
    target {
      ...NodeRef
    }
  }
  mentions {
    id
    surface
    start
    end
    body {
      ...NodeRef
    }
  }
  footnotes {
    id
    marker
    text
  }
  themes {
    ...NodeRef
  }
  previous {
    ...NodeRef
  }
  next {
    ...NodeRef
  }
}
fragment CitedBy on Citation {
  ...CitationFields
  paragraph {
    ...NodeRef
  }
}`) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const DocumentsDocument = new TypedDocumentString(`
    query Documents {
  documents {
    symbol
    title
    date
    paragraphCount
  }
}
    `) as unknown as TypedDocumentString<DocumentsQuery, DocumentsQueryVariables>;
export const DocumentDocument = new TypedDocumentString(`
    query Document($symbol: String!) {
  document(symbol: $symbol) {
    symbol
    title
    date
    footnotes {
      id
      marker
      text
    }
    paragraphs {
      ...NodeRef
      localId
      section
      number
      order
      text
      citations {
        ...CitationFields
        target {
          ...NodeRef
        }
      }
      mentions {
        id
        surface
        start
        end
        body {
          ...NodeRef
        }
      }
      footnotes {
        id
        marker
        text
      }
    }
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
}
fragment CitationFields on Citation {
  id
  surface
  start
  end
  via
  sentence
  sentenceStart
  footnote {
    marker
    text
  }
}`) as unknown as TypedDocumentString<DocumentQuery, DocumentQueryVariables>;
export const ThemesDocument = new TypedDocumentString(`
    query Themes {
  themes {
    ...NodeRef
    paragraphCount
  }
}
    fragment NodeRef on Node {
  id
  kind
  label
}`) as unknown as TypedDocumentString<ThemesQuery, ThemesQueryVariables>;