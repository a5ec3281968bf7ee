// GraphiQL at /graphql, opened with one tab per question the project exists to answer.
import type { GraphiQLOptions } from 'graphql-yoga';

export const EXAMPLE_QUERIES = {
  citingUncac: `# Which paragraphs cite UNCAC, with the cited words and the sentence around them?
query ParagraphsCitingUNCAC {
  citations(target: "UNCAC") {
    paragraph { label localId document { symbol } }
    surface
    via
    footnote { marker text }
    sentence
  }
}
`,
  op12Cites: `# What does operative paragraph 12 cite, and through which footnotes?
query WhatOp12Cites {
  paragraph(id: "E/CN.15/2005/5#op-12") {
    label
    citations {
      surface
      via
      footnote { marker text }
      target {
        kind
        label
        ... on Instrument { title registration { volume number } }
      }
    }
  }
}
`,
  pathToSecurityCouncil: `# How does a paragraph connect to the Security Council?
query PathToSecurityCouncil {
  path(from: "E/CN.15/2005/5#op-12", to: "Security Council") {
    nodes { id kind label }
    edges { source type target }
  }
}
`,
  citedWithUntoc: `# What is cited together with UNTOC, and in which paragraphs?
query CitedWithUNTOC {
  coCitations(target: "UNTOC") {
    node { kind label }
    count
    paragraphs { label }
  }
}
`,
  overview: `# The corpus at a glance: which documents cite what, and in how many paragraphs?
query CorpusOverview {
  overview {
    nodes { id kind label }
    edges { source type target data }
  }
}
`,
} as const;

export const graphiqlOptions: GraphiQLOptions = {
  title: 'Instrument Graph API',
  defaultQuery: EXAMPLE_QUERIES.citingUncac,
  defaultTabs: Object.values(EXAMPLE_QUERIES).map((query) => ({ query })),
};
