// The graph model: every node label and relationship type, defined once.
// The seeder writes these names, the server reads them, and the client styles them,
// so none of the three spells a label or a type on its own.

export const Label = {
  Document: 'Document',
  Paragraph: 'Paragraph',
  Footnote: 'Footnote',
  Instrument: 'Instrument',
  Resolution: 'Resolution',
  Body: 'Body',
  Theme: 'Theme',
  Group: 'Group',
} as const;
export type Label = (typeof Label)[keyof typeof Label];

/** Every node this project writes also carries this label, so `--reset` removes ours and only ours. */
export const OWNED_LABEL = 'InstrumentGraph';

export const Rel = {
  /** Document → Paragraph {order} */
  HAS_PARAGRAPH: 'HAS_PARAGRAPH',
  /** Paragraph → Paragraph, in reading order */
  NEXT: 'NEXT',
  /** Paragraph → Footnote whose marker stands in the paragraph */
  HAS_FOOTNOTE: 'HAS_FOOTNOTE',
  /** Paragraph → Instrument | Resolution | Document | Group {surface, start, end, via, footnote (marker), footnoteId} */
  CITES: 'CITES',
  /** Paragraph → Body {surface, start, end} */
  MENTIONS: 'MENTIONS',
  /** Paragraph → Theme */
  ADDRESSES: 'ADDRESSES',
  /** Resolution → Instrument {annex} */
  ANNEXES: 'ANNEXES',
  /** Instrument (a protocol) → Instrument (its parent convention) */
  SUPPLEMENTS: 'SUPPLEMENTS',
  /** Instrument (an amendment, or a protocol that amends) → Instrument it amends (the Doha Amendment → the Kyoto Protocol) */
  AMENDS: 'AMENDS',
  /** Instrument → Resolution, or Resolution → Body */
  ADOPTED_BY: 'ADOPTED_BY',
  /** Body → Body (CTED → CTC → Security Council) */
  PART_OF: 'PART_OF',
  /** Instrument → Group (a family such as "the international drug control conventions") */
  MEMBER_OF: 'MEMBER_OF',
  /** Document → Document it cites, and Document → Resolution it recalls */
  REFERENCES: 'REFERENCES',
} as const;
export type Rel = (typeof Rel)[keyof typeof Rel];

/**
 * The `kind` the API and client use for each label: lower case, stable, part of the contract
 * (the GraphQL enum NodeKind holds the same values; the generated types check that they agree).
 */
export const kindOfLabel = {
  Document: 'document',
  Paragraph: 'paragraph',
  Footnote: 'footnote',
  Instrument: 'instrument',
  Resolution: 'resolution',
  Body: 'body',
  Theme: 'theme',
  Group: 'group',
} as const satisfies Record<Label, string>;
export type NodeKind = (typeof kindOfLabel)[Label];

export const NODE_KINDS = Object.values(kindOfLabel);
export const REL_TYPES = Object.values(Rel);
