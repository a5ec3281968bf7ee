// Every GraphQL document the client sends, in one place, each asking only for what a view shows.

const SUBGRAPH = 'nodes { id kind label data } edges { id source target type data }';

export const GRAPH = `query Graph($document: String) { graph(document: $document) { ${SUBGRAPH} } }`;

/** The corpus at a glance: documents and their targets, one weighted edge per pair. */
export const OVERVIEW = `query Overview { overview { ${SUBGRAPH} } }`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int) {
  neighborhood(id: $id, depth: $depth) { ${SUBGRAPH} } }`;

/** `via`: CITATIONS (the default: citation links only) or ANY (themes and reading order too). */
export const PATH = `query Path($from: ID!, $to: ID!, $via: PathLinks) { path(from: $from, to: $to, via: $via) { ${SUBGRAPH} } }`;

export const SEARCH = `query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) {
    score
    node { id kind label ... on Instrument { title } ... on Paragraph { text } ... on Resolution { symbol resolutionTitle: title } ... on Body { name } }
  } }`;

const CITATION = `id surface start end via sentence sentenceStart footnote { marker text }`;

export const CITATIONS = `query Citations($target: ID!) {
  citations(target: $target) { ${CITATION} paragraph { id kind label text } target { id kind label } } }`;

export const CO_CITATIONS = `query CoCitations($target: ID!) {
  coCitations(target: $target) { count node { id kind label } paragraphs { id kind label } } }`;

const PARAGRAPH_FIELDS = `localId section number order text pages
    document { symbol }
    citations { ${CITATION} target { id kind label } }
    mentions { id surface start end body { id kind label } }
    footnotes { id marker text }
    themes { id kind label }
    previous { id kind label }
    next { id kind label }`;

/** A citation edge's words in their paragraph, found by the edge's id (which is the citation's). */
export const CITATION_BY_ID = `query CitationById($id: ID!) {
  citation(id: $id) { surface start end via footnote { marker text } paragraph { text } } }`;

/** A mention edge's words in their paragraph, found by the edge's id. */
export const MENTION_BY_ID = `query MentionById($id: ID!) {
  mention(id: $id) { surface start end paragraph { text } } }`;

const CITED_BY = `citedBy { ${CITATION} paragraph { id kind label } }`;

/**
 * One query for whatever kind of node was clicked (the answer's kind says which it is); each
 * fragment adds that type's own fields.
 * Resolution.title is nullable where the other titles are not, so GraphQL makes us alias it.
 */
export const NODE = `query Node($id: ID!) {
  node(id: $id) {
    id kind label
    ... on Instrument {
      title instrumentKind shortTitle acronym aliases adopted openedForSignature enteredIntoForce uncatalogued
      registration { volume number }
      adoptedBy { id kind label title }
      supplements { id kind label }
      supplementedBy { id kind label }
      groups { id kind label }
      citationCount ${CITED_BY}
    }
    ... on Resolution { symbol organ resolutionTitle: title adopted citationCount ${CITED_BY}
      annexes { annex instrument { id kind label } } adoptedBy { id kind label } }
    ... on Group { title members { id kind label } ${CITED_BY} }
    ... on Body { name acronym bodyKind mentionCount partOf { id kind label } parts { id kind label }
      mentionedIn { id surface start end paragraph { id kind label } } }
    ... on Theme { paragraphCount }
    ... on Document { symbol title date paragraphCount resolution { id } }
    ... on Paragraph { ${PARAGRAPH_FIELDS} }
    ... on Footnote { marker text paragraph { id kind label } }
  } }`;

export const DOCUMENTS = `query Documents { documents { symbol title date paragraphCount } }`;

export const DOCUMENT = `query Document($symbol: String!) {
  document(symbol: $symbol) {
    symbol title date
    footnotes { id marker text }
    paragraphs {
      id kind label localId section number order text
      citations { ${CITATION} target { id kind label } }
      mentions { id surface start end body { id kind label } }
      footnotes { id marker text }
    }
  } }`;

export const THEMES = `query Themes { themes { id kind label paragraphCount } }`;
