// Every GraphQL document the explorer's entry chunk sends, typed: the operations are written in
// client/src/graphql/explorer.graphql and `npm run codegen` makes each a string that carries the
// types of its answer and variables (client/src/generated/graphql.ts).
export {
  CitationByIdDocument as CITATION_BY_ID,
  CitationsDocument as CITATIONS,
  CoCitationsDocument as CO_CITATIONS,
  DocumentDocument as DOCUMENT,
  DocumentsDocument as DOCUMENTS,
  GraphDocument as GRAPH,
  MentionByIdDocument as MENTION_BY_ID,
  NeighborhoodDocument as NEIGHBORHOOD,
  NodeDocument as NODE,
  OverviewDocument as OVERVIEW,
  PathDocument as PATH,
  SearchDocument as SEARCH,
  ThemesDocument as THEMES,
} from './generated/graphql.ts';
