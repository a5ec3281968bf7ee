import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeRecord, CitationRecord, MentionRecord, AnnexRecord, CoCitationRecord, SearchHitRecord } from '../cypher-rows.ts';
import type { ApiContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Arbitrary JSON, used for the free-form data of Subgraph elements. */
  JSON: { input: unknown; output: unknown; }
};

export type AnnexedInstrument = {
  __typename?: 'AnnexedInstrument';
  annex?: Maybe<Scalars['String']['output']>;
  instrument: Instrument;
};

export type Body = Node & {
  __typename?: 'Body';
  acronym?: Maybe<Scalars['String']['output']>;
  bodyKind: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
  mentionCount: Scalars['Int']['output'];
  mentionedIn: Array<Mention>;
  name: Scalars['String']['output'];
  partOf?: Maybe<Body>;
  parts: Array<Body>;
};

/** One citation: the exact words in a paragraph that point at a target. */
export type Citation = {
  __typename?: 'Citation';
  end: Scalars['Int']['output'];
  footnote?: Maybe<Footnote>;
  id: Scalars['ID']['output'];
  paragraph: Paragraph;
  /** The sentence of the paragraph that holds the citation. */
  sentence: Scalars['String']['output'];
  /** Where the sentence ends in the paragraph's text (exclusive). */
  sentenceEnd: Scalars['Int']['output'];
  /**
   * Where the sentence starts in the paragraph's text: the cited words are
   * sentence[start - sentenceStart, end - sentenceStart), the exact occurrence even when the same
   * words stand twice in the sentence.
   */
  sentenceStart: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  surface: Scalars['String']['output'];
  target: Node;
  via: CitationVia;
};

/** How a paragraph makes a citation. */
export type CitationVia =
  /** The cited words stand in a footnote whose marker is in the paragraph. */
  | 'footnote'
  /** The cited words stand in the paragraph's text. */
  | 'text';

export type CoCitation = {
  __typename?: 'CoCitation';
  /** Paragraphs that cite both. */
  count: Scalars['Int']['output'];
  node: Node;
  paragraphs: Array<Paragraph>;
};

/**
 * Targets cited in the same paragraphs, as a weighted network. `nodes`/`edges` are ready to draw: each
 * edge has type CO_CITED, source and target the two targets' ids, and data {weight, paragraphs: [ids]};
 * each node's data holds the target's properties (dates included) and `paragraphCount`, the
 * paragraphs in scope that cite it. `pairs` is the same network typed, to drill into the paragraphs.
 */
export type CoCitationNetwork = {
  __typename?: 'CoCitationNetwork';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  pairs: Array<CoCitedPair>;
  /** Pairs at or above minWeight before `limit` applied. */
  totalPairs: Scalars['Int']['output'];
  /** True when totalPairs exceeds the limit and only the heaviest pairs were kept. */
  truncated: Scalars['Boolean']['output'];
};

/** Two targets cited in the same paragraphs. */
export type CoCitedPair = {
  __typename?: 'CoCitedPair';
  a: Node;
  b: Node;
  /** The paragraphs that cite both, in document and reading order. */
  paragraphs: Array<Paragraph>;
  /** How many paragraphs cite both. */
  weight: Scalars['Int']['output'];
};

/** A target that one or both compared documents cite, with the number of citing paragraphs in each. */
export type ComparedTarget = {
  __typename?: 'ComparedTarget';
  /** Paragraphs of document a that cite the target. */
  paragraphsInA: Scalars['Int']['output'];
  /** Paragraphs of document b that cite the target. */
  paragraphsInB: Scalars['Int']['output'];
  target: Node;
};

export type Count = {
  __typename?: 'Count';
  count: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type Document = Node & {
  __typename?: 'Document';
  /** ISO date (2005-04-25): printed on the document, or read from its text when `dateInferred`. */
  date?: Maybe<Scalars['String']['output']>;
  /** The words an inferred date was read from ("was held in Bangkok from 18 to 25 April 2005"); null for a printed date. */
  dateEvidence?: Maybe<Scalars['String']['output']>;
  /** True when no date is printed and `date` is the best one the text gives (the last day of the meeting it reports, the day it says it was adopted). */
  dateInferred: Scalars['Boolean']['output'];
  footnotes: Array<Footnote>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
  paragraphCount: Scalars['Int']['output'];
  paragraphs: Array<Paragraph>;
  /** Documents and resolutions this document cites. */
  references: Array<Node>;
  /** The resolution this document is (a loaded resolution is one node, a Document and a Resolution); null for any other document. */
  resolution?: Maybe<Resolution>;
  symbol: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** The paragraphs of one document that cite a target, with those citations. */
export type DocumentCitations = {
  __typename?: 'DocumentCitations';
  /** How many citations of the target the document makes (a paragraph can cite it in its text and again in a footnote). */
  citationCount: Scalars['Int']['output'];
  document: Document;
  /** How many paragraphs of the document cite the target. */
  paragraphCount: Scalars['Int']['output'];
  /** The paragraphs that cite the target, in reading order. */
  paragraphs: Array<ParagraphCitations>;
};

/** Two documents' citation profiles. Each list is sorted by paragraphs in both documents, most first, then id. */
export type DocumentComparison = {
  __typename?: 'DocumentComparison';
  a: Document;
  b: Document;
  /** Targets both documents cite. */
  both: Array<ComparedTarget>;
  /** Targets only document a cites. */
  onlyA: Array<ComparedTarget>;
  /** Targets only document b cites. */
  onlyB: Array<ComparedTarget>;
};

export type Footnote = Node & {
  __typename?: 'Footnote';
  id: Scalars['ID']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
  marker: Scalars['String']['output'];
  /** The pages of the source it stands on (a PDF's); null when the source has no pages (plain text). */
  pages?: Maybe<Array<Scalars['Int']['output']>>;
  paragraph?: Maybe<Paragraph>;
  text: Scalars['String']['output'];
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  data?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type GraphNode = {
  __typename?: 'GraphNode';
  data?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
};

/** A family of instruments that the texts name as a whole. */
export type Group = Node & {
  __typename?: 'Group';
  citedBy: Array<Citation>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
  members: Array<Instrument>;
  title: Scalars['String']['output'];
};

export type Instrument = Node & {
  __typename?: 'Instrument';
  acronym?: Maybe<Scalars['String']['output']>;
  adopted?: Maybe<Scalars['String']['output']>;
  adoptedBy?: Maybe<Resolution>;
  aliases: Array<Scalars['String']['output']>;
  citationCount: Scalars['Int']['output'];
  citedBy: Array<Citation>;
  enteredIntoForce?: Maybe<Scalars['String']['output']>;
  groups: Array<Group>;
  id: Scalars['ID']['output'];
  /** convention, protocol, treaty, declaration, guidelines, ... */
  instrumentKind: Scalars['String']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
  openedForSignature?: Maybe<Scalars['String']['output']>;
  registration?: Maybe<Registration>;
  shortTitle?: Maybe<Scalars['String']['output']>;
  supplementedBy: Array<Instrument>;
  supplements?: Maybe<Instrument>;
  title: Scalars['String']['output'];
  /** True when the catalogue lacks this instrument and it was named only by a document. */
  uncatalogued: Scalars['Boolean']['output'];
};

/** Which way the relationships of a neighbourhood point, seen from the node expanded. */
export type LinkDirection =
  | 'BOTH'
  /** Relationships to the node (who cites it). */
  | 'IN'
  /** Relationships from the node (what it cites, its paragraphs). */
  | 'OUT';

/** A body named in a paragraph, with the exact words. */
export type Mention = {
  __typename?: 'Mention';
  body: Body;
  end: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  paragraph: Paragraph;
  start: Scalars['Int']['output'];
  surface: Scalars['String']['output'];
};

/** Every node of the graph. */
export type Node = {
  /** Stable id: a symbol, a catalogue id, or document#paragraph. */
  id: Scalars['ID']['output'];
  kind: NodeKind;
  /** A short human label: ¶ 12, UNCAC, A/RES/55/25. */
  label: Scalars['String']['output'];
};

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

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Paragraph = Node & {
  __typename?: 'Paragraph';
  citations: Array<Citation>;
  document: Document;
  footnotes: Array<Footnote>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
  /** Paragraph id within its document: op-12, preamble-3, annex-op-2. */
  localId: Scalars['String']['output'];
  mentions: Array<Mention>;
  next?: Maybe<Paragraph>;
  /** The printed number, or the clause ordinal in a preamble. */
  number?: Maybe<Scalars['Int']['output']>;
  order: Scalars['Int']['output'];
  /** The pages of the source it stands on (a PDF's), in order; null when the source has no pages (plain text). */
  pages?: Maybe<Array<Scalars['Int']['output']>>;
  previous?: Maybe<Paragraph>;
  section: Scalars['String']['output'];
  text: Scalars['String']['output'];
  themes: Array<Theme>;
};

/** One paragraph and its citations of one target. */
export type ParagraphCitations = {
  __typename?: 'ParagraphCitations';
  citations: Array<Citation>;
  paragraph: Paragraph;
};

export type ParagraphConnection = {
  __typename?: 'ParagraphConnection';
  edges: Array<ParagraphEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParagraphEdge = {
  __typename?: 'ParagraphEdge';
  cursor: Scalars['String']['output'];
  node: Paragraph;
};

export type ParagraphFilter = {
  /** Id or name of a cited instrument, resolution, document or group. */
  cites?: InputMaybe<Scalars['ID']['input']>;
  /** Document symbol. */
  document?: InputMaybe<Scalars['String']['input']>;
  /** Id or name of a mentioned body. */
  mentions?: InputMaybe<Scalars['ID']['input']>;
  section?: InputMaybe<Scalars['String']['input']>;
  /** Words the paragraph text contains (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Scalars['ID']['input']>;
};

/** Which relationships a path may follow. */
export type PathLinks =
  /** Every relationship, themes and reading order too. */
  | 'ANY'
  /** Citation links: who cites, mentions or references what, and the catalogue's links between targets. */
  | 'CITATIONS';

export type Query = {
  __typename?: 'Query';
  bodies: Array<Body>;
  /** One citation by its id (Citation.id, which is also its edge's id in a Subgraph); null when there is none. */
  citation?: Maybe<Citation>;
  /** Every citation of a target, given by id, symbol, acronym or short title (UNCAC, A/RES/55/25). */
  citations: Array<Citation>;
  /** Every document that cites a target (id or name, as in `citations`), with the citing paragraphs; by document date (undated last), then symbol. */
  citingDocuments: Array<DocumentCitations>;
  /**
   * Pairs of targets cited in the same paragraph, weighted by the number of such paragraphs, across
   * the corpus or in one document. minWeight: the fewest shared paragraphs a pair needs (1 or more).
   * kinds: only targets of these kinds (instrument, resolution, document, group). document: only that
   * document's paragraphs. limit: at most this many pairs, heaviest first (1 to MAX_GRAPH_NODES;
   * by default MAX_PAGE_SIZE). adoptionsApart: false (the default) counts a resolution and the
   * instrument it adopts (ADOPTED_BY) as one thing, so that no pair is one thing cited two ways
   * (A/RES/70/1 and the 2030 Agenda): a resolution that adopts one instrument counts as it, and one
   * that adopts several is not counted beside one of them in the same paragraph; true counts every
   * target apart.
   */
  coCitationNetwork: CoCitationNetwork;
  /**
   * Instruments and other targets cited in the same paragraphs as the target, with counts. Unless
   * adoptionsApart, a resolution and the instrument it adopts (ADOPTED_BY) are one thing: the target
   * stands for both, a resolution that adopts one instrument is listed as it, and one that adopts
   * several is not listed for a paragraph that cites one of them.
   */
  coCitations: Array<CoCitation>;
  /** What two documents (symbols or names) both cite, and what only one of them does. */
  compareDocuments: DocumentComparison;
  /**
   * The graph of `graph(document)` with every node and edge dated, for a time filter. data.since is
   * the earliest date the element is known to exist: an instrument's adoption (else opening for
   * signature, else entry into force), a resolution's adoption (else its loaded text's date), a
   * document's date, a paragraph's or footnote's document's date; a node without a date of its own
   * (an undated instrument, a body, theme or group) takes the earliest date of a document that cites,
   * mentions or addresses it; else since is null, unknown. An edge's since is the later of its two
   * ends'. With asOf (an ISO date, 2005-04-25), only elements whose since is on or before asOf are
   * returned: nodes of unknown date are left out, since nothing says they existed then, unless
   * `undated` is true. Without asOf the client can filter by data.since itself, with no further requests. (GraphNode.data of graph, neighborhood
   * and path already carries the stored dates: adopted, openedForSignature, enteredIntoForce, date.)
   */
  datedGraph: Subgraph;
  document?: Maybe<Document>;
  documents: Array<Document>;
  /** The whole graph, or one document's. */
  graph: Subgraph;
  instrument?: Maybe<Instrument>;
  instruments: Array<Instrument>;
  /** One mention by its id (Mention.id, which is also its edge's id in a Subgraph); null when there is none. */
  mention?: Maybe<Mention>;
  /**
   * The nodes within depth hops of a node, optionally only of some kinds, reached only through
   * relationships of one type (rel, e.g. CITES) and one direction.
   */
  neighborhood: Subgraph;
  node?: Maybe<Node>;
  /**
   * The corpus at a glance: the loaded documents and what they cite, mention or reference, one edge
   * per document and target. An edge's data holds weight (the number of the document's paragraphs
   * that link to the target), self (the target is the document itself, named by its title) and
   * aggregate: true.
   */
  overview: Subgraph;
  paragraph?: Maybe<Paragraph>;
  paragraphs: ParagraphConnection;
  /**
   * The shortest path between two nodes, or null. By default it follows citation links only (cites,
   * mentions, references, has paragraph, has footnote, annexes, adopted by, supplements, part of,
   * member of), not themes or reading order; via: ANY follows every relationship.
   */
  path?: Maybe<Subgraph>;
  /**
   * A resolution's chain: back through the resolutions of the same organ (the part of the symbol
   * before /RES/) that it recalls, and those recall, up to `depth` steps (1 to MAX_PATH_LENGTH); and
   * forward through the loaded resolutions of that organ that cite it, and those that cite them.
   * Resolutions only cited (not loaded) end the walk back. Each node is one resolution (kind
   * resolution) whether it is a loaded document, a catalogue entry, a placeholder or two of these:
   * data holds `loaded` (its text is in the corpus), `date` (the loaded text's date), `adopted`,
   * `step` (0 the start, -n n steps back, +n n steps forward), and the loaded document's title.
   * Edges have type RECALLS, from the later resolution to the earlier, with data {paragraphs: [ids]}.
   * NOT_FOUND when the symbol names no resolution; BAD_USER_INPUT for a document that is not one.
   */
  resolutionChain: Subgraph;
  resolutions: Array<Resolution>;
  /** Full-text search across paragraphs, instruments, resolutions and bodies; tolerant of typos and prefixes. */
  search: Array<SearchHit>;
  stats: Stats;
  themes: Array<Theme>;
  /**
   * Dated events, by date (undated last). With a target: its adoption, opening for signature and
   * entry into force, and each citing document as a `cited` event on that document's date. With a
   * document as well: only that document's citations. With a document alone: the document's own date
   * and the dates of everything it cites. With neither: the dates of every instrument, resolution and
   * loaded document. At most `limit` events (1 to MAX_GRAPH_NODES, which is the default).
   */
  timeline: Array<TimelineEvent>;
};


export type QueryCitationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCitationsArgs = {
  target: Scalars['ID']['input'];
};


export type QueryCitingDocumentsArgs = {
  target: Scalars['ID']['input'];
};


export type QueryCoCitationNetworkArgs = {
  adoptionsApart?: InputMaybe<Scalars['Boolean']['input']>;
  document?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minWeight?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCoCitationsArgs = {
  adoptionsApart?: InputMaybe<Scalars['Boolean']['input']>;
  target: Scalars['ID']['input'];
};


export type QueryCompareDocumentsArgs = {
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
};


export type QueryDatedGraphArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<Scalars['String']['input']>;
  undated?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDocumentArgs = {
  symbol: Scalars['String']['input'];
};


export type QueryGraphArgs = {
  document?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInstrumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstrumentsArgs = {
  kind?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMentionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<LinkDirection>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  rel?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParagraphArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParagraphsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParagraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  via?: InputMaybe<PathLinks>;
};


export type QueryResolutionChainArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  symbol: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryTimelineArgs = {
  document?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  target?: InputMaybe<Scalars['ID']['input']>;
};

export type Registration = {
  __typename?: 'Registration';
  number: Scalars['Int']['output'];
  /** United Nations Treaty Series volume and registration number. */
  volume: Scalars['Int']['output'];
};

export type Resolution = Node & {
  __typename?: 'Resolution';
  adopted?: Maybe<Scalars['String']['output']>;
  adoptedBy?: Maybe<Body>;
  annexes: Array<AnnexedInstrument>;
  citationCount: Scalars['Int']['output'];
  citedBy: Array<Citation>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
  /** ga, ecosoc, sc, ... */
  organ?: Maybe<Scalars['String']['output']>;
  symbol: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  score: Scalars['Float']['output'];
};

export type Stats = {
  __typename?: 'Stats';
  citations: Scalars['Int']['output'];
  documents: Scalars['Int']['output'];
  nodes: Array<Count>;
  relationships: Array<Count>;
};

/** Nodes and edges shaped for Cytoscape. */
export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** How many nodes were left out by that cut (0 when nothing was): a hub's neighbourhood says "+412 more" rather than ship them all. */
  omitted: Scalars['Int']['output'];
  /** True when the subgraph held more nodes than the server's limit (MAX_GRAPH_NODES) and was cut. */
  truncated: Scalars['Boolean']['output'];
};

export type Theme = Node & {
  __typename?: 'Theme';
  id: Scalars['ID']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
  paragraphCount: Scalars['Int']['output'];
};

/** One dated event of an instrument, resolution or document. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** ISO date (2003-10-31); null for a citing document that carries no date (such events sort last). */
  date?: Maybe<Scalars['String']['output']>;
  /** For `cited`: the citing document. */
  document?: Maybe<Document>;
  /** True when the date is a document's date read from its text, not printed on it (Document.dateInferred). */
  inferred: Scalars['Boolean']['output'];
  kind: TimelineEventKind;
  /** The instrument, resolution or document the event is about (for `cited`: the one cited). */
  node: Node;
  /** For `cited`: how many of the document's paragraphs cite the node. */
  paragraphCount?: Maybe<Scalars['Int']['output']>;
};

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



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AnnexedInstrument: ResolverTypeWrapper<AnnexRecord>;
  Body: ResolverTypeWrapper<NodeRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Citation: ResolverTypeWrapper<CitationRecord>;
  CitationVia: CitationVia;
  CoCitation: ResolverTypeWrapper<CoCitationRecord>;
  CoCitationNetwork: ResolverTypeWrapper<Omit<CoCitationNetwork, 'pairs'> & { pairs: Array<ResolversTypes['CoCitedPair']> }>;
  CoCitedPair: ResolverTypeWrapper<Omit<CoCitedPair, 'a' | 'b' | 'paragraphs'> & { a: ResolversTypes['Node'], b: ResolversTypes['Node'], paragraphs: Array<ResolversTypes['Paragraph']> }>;
  ComparedTarget: ResolverTypeWrapper<Omit<ComparedTarget, 'target'> & { target: ResolversTypes['Node'] }>;
  Count: ResolverTypeWrapper<Count>;
  Document: ResolverTypeWrapper<NodeRecord>;
  DocumentCitations: ResolverTypeWrapper<Omit<DocumentCitations, 'document' | 'paragraphs'> & { document: ResolversTypes['Document'], paragraphs: Array<ResolversTypes['ParagraphCitations']> }>;
  DocumentComparison: ResolverTypeWrapper<Omit<DocumentComparison, 'a' | 'b' | 'both' | 'onlyA' | 'onlyB'> & { a: ResolversTypes['Document'], b: ResolversTypes['Document'], both: Array<ResolversTypes['ComparedTarget']>, onlyA: Array<ResolversTypes['ComparedTarget']>, onlyB: Array<ResolversTypes['ComparedTarget']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Footnote: ResolverTypeWrapper<NodeRecord>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  Group: ResolverTypeWrapper<NodeRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Instrument: ResolverTypeWrapper<NodeRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LinkDirection: LinkDirection;
  Mention: ResolverTypeWrapper<MentionRecord>;
  Node: ResolverTypeWrapper<NodeRecord>;
  NodeKind: NodeKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Paragraph: ResolverTypeWrapper<NodeRecord>;
  ParagraphCitations: ResolverTypeWrapper<Omit<ParagraphCitations, 'citations' | 'paragraph'> & { citations: Array<ResolversTypes['Citation']>, paragraph: ResolversTypes['Paragraph'] }>;
  ParagraphConnection: ResolverTypeWrapper<Omit<ParagraphConnection, 'edges'> & { edges: Array<ResolversTypes['ParagraphEdge']> }>;
  ParagraphEdge: ResolverTypeWrapper<Omit<ParagraphEdge, 'node'> & { node: ResolversTypes['Paragraph'] }>;
  ParagraphFilter: ParagraphFilter;
  PathLinks: PathLinks;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Registration: ResolverTypeWrapper<Registration>;
  Resolution: ResolverTypeWrapper<NodeRecord>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Subgraph>;
  Theme: ResolverTypeWrapper<NodeRecord>;
  TimelineEvent: ResolverTypeWrapper<Omit<TimelineEvent, 'document' | 'node'> & { document?: Maybe<ResolversTypes['Document']>, node: ResolversTypes['Node'] }>;
  TimelineEventKind: TimelineEventKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnnexedInstrument: AnnexRecord;
  Body: NodeRecord;
  Boolean: Scalars['Boolean']['output'];
  Citation: CitationRecord;
  CoCitation: CoCitationRecord;
  CoCitationNetwork: Omit<CoCitationNetwork, 'pairs'> & { pairs: Array<ResolversParentTypes['CoCitedPair']> };
  CoCitedPair: Omit<CoCitedPair, 'a' | 'b' | 'paragraphs'> & { a: ResolversParentTypes['Node'], b: ResolversParentTypes['Node'], paragraphs: Array<ResolversParentTypes['Paragraph']> };
  ComparedTarget: Omit<ComparedTarget, 'target'> & { target: ResolversParentTypes['Node'] };
  Count: Count;
  Document: NodeRecord;
  DocumentCitations: Omit<DocumentCitations, 'document' | 'paragraphs'> & { document: ResolversParentTypes['Document'], paragraphs: Array<ResolversParentTypes['ParagraphCitations']> };
  DocumentComparison: Omit<DocumentComparison, 'a' | 'b' | 'both' | 'onlyA' | 'onlyB'> & { a: ResolversParentTypes['Document'], b: ResolversParentTypes['Document'], both: Array<ResolversParentTypes['ComparedTarget']>, onlyA: Array<ResolversParentTypes['ComparedTarget']>, onlyB: Array<ResolversParentTypes['ComparedTarget']> };
  Float: Scalars['Float']['output'];
  Footnote: NodeRecord;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  Group: NodeRecord;
  ID: Scalars['ID']['output'];
  Instrument: NodeRecord;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Mention: MentionRecord;
  Node: NodeRecord;
  PageInfo: PageInfo;
  Paragraph: NodeRecord;
  ParagraphCitations: Omit<ParagraphCitations, 'citations' | 'paragraph'> & { citations: Array<ResolversParentTypes['Citation']>, paragraph: ResolversParentTypes['Paragraph'] };
  ParagraphConnection: Omit<ParagraphConnection, 'edges'> & { edges: Array<ResolversParentTypes['ParagraphEdge']> };
  ParagraphEdge: Omit<ParagraphEdge, 'node'> & { node: ResolversParentTypes['Paragraph'] };
  ParagraphFilter: ParagraphFilter;
  Query: Record<PropertyKey, never>;
  Registration: Registration;
  Resolution: NodeRecord;
  SearchHit: SearchHitRecord;
  Stats: Stats;
  String: Scalars['String']['output'];
  Subgraph: Subgraph;
  Theme: NodeRecord;
  TimelineEvent: Omit<TimelineEvent, 'document' | 'node'> & { document?: Maybe<ResolversParentTypes['Document']>, node: ResolversParentTypes['Node'] };
};

export type AnnexedInstrumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AnnexedInstrument'] = ResolversParentTypes['AnnexedInstrument']> = {
  annex?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
};

export type BodyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Body'] = ResolversParentTypes['Body']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bodyKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  footnote?: Resolver<Maybe<ResolversTypes['Footnote']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paragraph?: Resolver<ResolversTypes['Paragraph'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentenceEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentenceStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surface?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['CitationVia'], ParentType, ContextType>;
};

export type CoCitationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoCitation'] = ResolversParentTypes['CoCitation']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
};

export type CoCitationNetworkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoCitationNetwork'] = ResolversParentTypes['CoCitationNetwork']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  pairs?: Resolver<Array<ResolversTypes['CoCitedPair']>, ParentType, ContextType>;
  totalPairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CoCitedPairResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoCitedPair'] = ResolversParentTypes['CoCitedPair']> = {
  a?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComparedTargetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ComparedTarget'] = ResolversParentTypes['ComparedTarget']> = {
  paragraphsInA?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paragraphsInB?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type CountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateEvidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateInferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['Footnote']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['Resolution']>, ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentCitationsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentCitations'] = ResolversParentTypes['DocumentCitations']> = {
  citationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  paragraphCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['ParagraphCitations']>, ParentType, ContextType>;
};

export type DocumentComparisonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentComparison'] = ResolversParentTypes['DocumentComparison']> = {
  a?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  both?: Resolver<Array<ResolversTypes['ComparedTarget']>, ParentType, ContextType>;
  onlyA?: Resolver<Array<ResolversTypes['ComparedTarget']>, ParentType, ContextType>;
  onlyB?: Resolver<Array<ResolversTypes['ComparedTarget']>, ParentType, ContextType>;
};

export type FootnoteResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Footnote'] = ResolversParentTypes['Footnote']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  marker?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pages?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  paragraph?: Resolver<Maybe<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = {
  citedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstrumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adopted?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adoptedBy?: Resolver<Maybe<ResolversTypes['Resolution']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  enteredIntoForce?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrumentKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedForSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType>;
  shortTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplementedBy?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType>;
  supplements?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uncatalogued?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  body?: Resolver<ResolversTypes['Body'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paragraph?: Resolver<ResolversTypes['Paragraph'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surface?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Body' | 'Document' | 'Footnote' | 'Group' | 'Instrument' | 'Paragraph' | 'Resolution' | 'Theme', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParagraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Paragraph'] = ResolversParentTypes['Paragraph']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['Footnote']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pages?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParagraphCitationsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ParagraphCitations'] = ResolversParentTypes['ParagraphCitations']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  paragraph?: Resolver<ResolversTypes['Paragraph'], ParentType, ContextType>;
};

export type ParagraphConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ParagraphConnection'] = ResolversParentTypes['ParagraphConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ParagraphEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParagraphEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ParagraphEdge'] = ResolversParentTypes['ParagraphEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Paragraph'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  bodies?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<QueryCitationArgs, 'id'>>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<QueryCitationsArgs, 'target'>>;
  citingDocuments?: Resolver<Array<ResolversTypes['DocumentCitations']>, ParentType, ContextType, RequireFields<QueryCitingDocumentsArgs, 'target'>>;
  coCitationNetwork?: Resolver<ResolversTypes['CoCitationNetwork'], ParentType, ContextType, RequireFields<QueryCoCitationNetworkArgs, 'adoptionsApart' | 'minWeight'>>;
  coCitations?: Resolver<Array<ResolversTypes['CoCitation']>, ParentType, ContextType, RequireFields<QueryCoCitationsArgs, 'adoptionsApart' | 'target'>>;
  compareDocuments?: Resolver<ResolversTypes['DocumentComparison'], ParentType, ContextType, RequireFields<QueryCompareDocumentsArgs, 'a' | 'b'>>;
  datedGraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryDatedGraphArgs, 'undated'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'symbol'>>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, Partial<QueryGraphArgs>>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType, RequireFields<QueryInstrumentArgs, 'id'>>;
  instruments?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType, Partial<QueryInstrumentsArgs>>;
  mention?: Resolver<Maybe<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<QueryMentionArgs, 'id'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'direction' | 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  overview?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType>;
  paragraph?: Resolver<Maybe<ResolversTypes['Paragraph']>, ParentType, ContextType, RequireFields<QueryParagraphArgs, 'id'>>;
  paragraphs?: Resolver<ResolversTypes['ParagraphConnection'], ParentType, ContextType, RequireFields<QueryParagraphsArgs, 'first'>>;
  path?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxLength' | 'to' | 'via'>>;
  resolutionChain?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryResolutionChainArgs, 'depth' | 'symbol'>>;
  resolutions?: Resolver<Array<ResolversTypes['Resolution']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType, Partial<QueryTimelineArgs>>;
};

export type RegistrationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration']> = {
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volume?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResolutionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Resolution'] = ResolversParentTypes['Resolution']> = {
  adopted?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adoptedBy?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType>;
  annexes?: Resolver<Array<ResolversTypes['AnnexedInstrument']>, ParentType, ContextType>;
  citationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organ?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  citations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  omitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  paragraphCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  AnnexedInstrument?: AnnexedInstrumentResolvers<ContextType>;
  Body?: BodyResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CoCitation?: CoCitationResolvers<ContextType>;
  CoCitationNetwork?: CoCitationNetworkResolvers<ContextType>;
  CoCitedPair?: CoCitedPairResolvers<ContextType>;
  ComparedTarget?: ComparedTargetResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentCitations?: DocumentCitationsResolvers<ContextType>;
  DocumentComparison?: DocumentComparisonResolvers<ContextType>;
  Footnote?: FootnoteResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mention?: MentionResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Paragraph?: ParagraphResolvers<ContextType>;
  ParagraphCitations?: ParagraphCitationsResolvers<ContextType>;
  ParagraphConnection?: ParagraphConnectionResolvers<ContextType>;
  ParagraphEdge?: ParagraphEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  Resolution?: ResolutionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
};

