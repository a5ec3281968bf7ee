/** How a paragraph makes a citation. */
export const CitationVia = {
  /** The cited words stand in a footnote whose marker is in the paragraph. */
  Footnote: 'footnote',
  /** The cited words stand in the paragraph's text. */
  Text: 'text'
} as const;

export type CitationVia = typeof CitationVia[keyof typeof CitationVia];
/** Which way the relationships of a neighbourhood point, seen from the node expanded. */
export const LinkDirection = {
  Both: 'BOTH',
  /** Relationships to the node (who cites it). */
  In: 'IN',
  /** Relationships from the node (what it cites, its paragraphs). */
  Out: 'OUT'
} as const;

export type LinkDirection = typeof LinkDirection[keyof typeof LinkDirection];
/** What a node is: one kind per label of the graph model (graph/MODEL.md). */
export const NodeKind = {
  Body: 'body',
  Document: 'document',
  Footnote: 'footnote',
  Group: 'group',
  Instrument: 'instrument',
  Paragraph: 'paragraph',
  Resolution: 'resolution',
  Theme: 'theme'
} as const;

export type NodeKind = typeof NodeKind[keyof typeof NodeKind];
/** Which relationships a path may follow. */
export const PathLinks = {
  /** Every relationship, themes and reading order too. */
  Any: 'ANY',
  /** Citation links: who cites, mentions or references what, and the catalogue's links between targets. */
  Citations: 'CITATIONS'
} as const;

export type PathLinks = typeof PathLinks[keyof typeof PathLinks];
/** What happened on a timeline event's date. */
export const TimelineEventKind = {
  /** An instrument or resolution adopted, or a document that is a resolution adopted (its date). */
  Adopted: 'adopted',
  /** A document cited the node (on the document's date). */
  Cited: 'cited',
  EnteredIntoForce: 'enteredIntoForce',
  /** A document that is not a resolution issued (its date). */
  Issued: 'issued',
  OpenedForSignature: 'openedForSignature'
} as const;

export type TimelineEventKind = typeof TimelineEventKind[keyof typeof TimelineEventKind];