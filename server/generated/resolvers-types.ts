import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeRecord, CitationRecord, MentionRecord, AnnexRecord, CoCitationRecord, SearchHitRecord } from '../records.ts';
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
  kind: Scalars['String']['output'];
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
  start: Scalars['Int']['output'];
  surface: Scalars['String']['output'];
  target: Node;
  /** text or footnote */
  via: Scalars['String']['output'];
};

export type CoCitation = {
  __typename?: 'CoCitation';
  /** Paragraphs that cite both. */
  count: Scalars['Int']['output'];
  node: Node;
  paragraphs: Array<Paragraph>;
};

export type Count = {
  __typename?: 'Count';
  count: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type Document = Node & {
  __typename?: 'Document';
  date?: Maybe<Scalars['String']['output']>;
  footnotes: Array<Footnote>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  paragraphCount: Scalars['Int']['output'];
  paragraphs: Array<Paragraph>;
  /** Documents and resolutions this document cites. */
  references: Array<Node>;
  symbol: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type Footnote = Node & {
  __typename?: 'Footnote';
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  marker: Scalars['String']['output'];
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
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** A family of instruments that the texts name as a whole. */
export type Group = Node & {
  __typename?: 'Group';
  citedBy: Array<Citation>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
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
  kind: Scalars['String']['output'];
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
  /** document, paragraph, footnote, instrument, resolution, body, theme or group. */
  kind: Scalars['String']['output'];
  /** A short human label: ¶ 12, UNCAC, A/RES/55/25. */
  label: Scalars['String']['output'];
};

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
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Paragraph id within its document: op-12, preamble-3, annex-op-2. */
  localId: Scalars['String']['output'];
  mentions: Array<Mention>;
  next?: Maybe<Paragraph>;
  /** The printed number, or the clause ordinal in a preamble. */
  number?: Maybe<Scalars['Int']['output']>;
  order: Scalars['Int']['output'];
  previous?: Maybe<Paragraph>;
  section: Scalars['String']['output'];
  text: Scalars['String']['output'];
  themes: Array<Theme>;
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

export type Query = {
  __typename?: 'Query';
  bodies: Array<Body>;
  /** Every citation of a target, given by id, symbol, acronym or short title (UNCAC, A/RES/55/25). */
  citations: Array<Citation>;
  /** Instruments and other targets cited in the same paragraphs as the target, with counts. */
  coCitations: Array<CoCitation>;
  document?: Maybe<Document>;
  documents: Array<Document>;
  /** The whole graph, or one document's. */
  graph: Subgraph;
  instrument?: Maybe<Instrument>;
  instruments: Array<Instrument>;
  /** The nodes within depth hops of a node, optionally only of some kinds. */
  neighborhood: Subgraph;
  node?: Maybe<Node>;
  paragraph?: Maybe<Paragraph>;
  paragraphs: ParagraphConnection;
  /** The shortest path between two nodes, or null. */
  path?: Maybe<Subgraph>;
  resolutions: Array<Resolution>;
  /** Full-text search across paragraphs, instruments, resolutions and bodies; tolerant of typos and prefixes. */
  search: Array<SearchHit>;
  stats: Stats;
  themes: Array<Theme>;
};


export type QueryCitationsArgs = {
  target: Scalars['ID']['input'];
};


export type QueryCoCitationsArgs = {
  target: Scalars['ID']['input'];
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


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
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
};


export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
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
  kind: Scalars['String']['output'];
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
  /** True when the subgraph held more nodes than the server's limit (MAX_GRAPH_NODES) and was cut. */
  truncated: Scalars['Boolean']['output'];
};

export type Theme = Node & {
  __typename?: 'Theme';
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  paragraphCount: Scalars['Int']['output'];
};



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
  CoCitation: ResolverTypeWrapper<CoCitationRecord>;
  Count: ResolverTypeWrapper<Count>;
  Document: ResolverTypeWrapper<NodeRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Footnote: ResolverTypeWrapper<NodeRecord>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  Group: ResolverTypeWrapper<NodeRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Instrument: ResolverTypeWrapper<NodeRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mention: ResolverTypeWrapper<MentionRecord>;
  Node: ResolverTypeWrapper<NodeRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Paragraph: ResolverTypeWrapper<NodeRecord>;
  ParagraphConnection: ResolverTypeWrapper<Omit<ParagraphConnection, 'edges'> & { edges: Array<ResolversTypes['ParagraphEdge']> }>;
  ParagraphEdge: ResolverTypeWrapper<Omit<ParagraphEdge, 'node'> & { node: ResolversTypes['Paragraph'] }>;
  ParagraphFilter: ParagraphFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Registration: ResolverTypeWrapper<Registration>;
  Resolution: ResolverTypeWrapper<NodeRecord>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Subgraph>;
  Theme: ResolverTypeWrapper<NodeRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnnexedInstrument: AnnexRecord;
  Body: NodeRecord;
  Boolean: Scalars['Boolean']['output'];
  Citation: CitationRecord;
  CoCitation: CoCitationRecord;
  Count: Count;
  Document: NodeRecord;
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
};

export type AnnexedInstrumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AnnexedInstrument'] = ResolversParentTypes['AnnexedInstrument']> = {
  annex?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
};

export type BodyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Body'] = ResolversParentTypes['Body']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bodyKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surface?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CoCitationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoCitation'] = ResolversParentTypes['CoCitation']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
};

export type CountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['Footnote']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FootnoteResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Footnote'] = ResolversParentTypes['Footnote']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  marker?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = {
  citedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<QueryCitationsArgs, 'target'>>;
  coCitations?: Resolver<Array<ResolversTypes['CoCitation']>, ParentType, ContextType, RequireFields<QueryCoCitationsArgs, 'target'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'symbol'>>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, Partial<QueryGraphArgs>>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType, RequireFields<QueryInstrumentArgs, 'id'>>;
  instruments?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType, Partial<QueryInstrumentsArgs>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  paragraph?: Resolver<Maybe<ResolversTypes['Paragraph']>, ParentType, ContextType, RequireFields<QueryParagraphArgs, 'id'>>;
  paragraphs?: Resolver<ResolversTypes['ParagraphConnection'], ParentType, ContextType, RequireFields<QueryParagraphsArgs, 'first'>>;
  path?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxLength' | 'to'>>;
  resolutions?: Resolver<Array<ResolversTypes['Resolution']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
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
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  AnnexedInstrument?: AnnexedInstrumentResolvers<ContextType>;
  Body?: BodyResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CoCitation?: CoCitationResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
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
  ParagraphConnection?: ParagraphConnectionResolvers<ContextType>;
  ParagraphEdge?: ParagraphEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  Resolution?: ResolutionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
};

