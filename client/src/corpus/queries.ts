// The cross-document views' GraphQL documents (server/schema/corpus.graphql). Apart from
// queries.ts, which is in the entry chunk: only the lazily loaded views and panels import these.

export const CITING_DOCUMENTS = `query CitingDocuments($target: ID!) {
  citingDocuments(target: $target) {
    document { id symbol title date } paragraphCount citationCount
    paragraphs { paragraph { id kind label } citations { id surface start end via sentence sentenceStart footnote { marker } } }
  } }`;

export const CO_CITATION_NETWORK = `query CoCitationNetwork($minWeight: Int, $document: String, $limit: Int) {
  coCitationNetwork(minWeight: $minWeight, document: $document, limit: $limit) {
    nodes { id kind label data } edges { id source target type data } totalPairs truncated
  } }`;

const COMPARED = `target { id kind label } paragraphsInA paragraphsInB`;
export const COMPARE_DOCUMENTS = `query CompareDocuments($a: String!, $b: String!) {
  compareDocuments(a: $a, b: $b) {
    a { symbol title } b { symbol title }
    both { ${COMPARED} } onlyA { ${COMPARED} } onlyB { ${COMPARED} }
  } }`;

export const TIMELINE = `query Timeline($target: ID, $document: String, $limit: Int) {
  timeline(target: $target, document: $document, limit: $limit) {
    date kind node { id kind label } document { id symbol title } paragraphCount
  } }`;

export const RESOLUTION_CHAIN = `query ResolutionChain($symbol: String!, $depth: Int) {
  resolutionChain(symbol: $symbol, depth: $depth) { nodes { id kind label data } edges { id source target type data } } }`;

export const DATED_GRAPH = `query DatedGraph($document: String) {
  datedGraph(document: $document) { nodes { id data } edges { id data } } }`;

/** The words behind a co-citation edge: both targets' citations, filtered to the pair's paragraphs. */
export const CO_CITED_WORDS = `query CoCitedWords($a: ID!, $b: ID!) {
  a: citations(target: $a) { surface sentence via paragraph { id label } }
  b: citations(target: $b) { surface sentence via paragraph { id label } } }`;
