// What the extractor produces and the loader consumes: one ExtractedDocument per document, the
// record that `extract --json` prints. Every citation points back into its paragraph's clean text
// through start/end offsets.

export type InstrumentKind =
  | 'convention'
  | 'protocol'
  | 'treaty'
  | 'declaration'
  | 'guidelines'
  | 'rules'
  | 'principles'
  | 'standards'
  | 'charter'
  | 'programme'
  | 'draft'
  | 'amendment'
  | 'other';

/** What a citation points at. */
/**
 * `kind` tells the graph label. A decision is a `resolution` (A/DEC/62/557), and so are the
 * resolutions and decisions of the specialized agencies (GC(66)/RES/10, WHA77.1): one node per symbol.
 */
export type TargetKind = 'instrument' | 'resolution' | 'document' | 'group';

export interface CitationTarget {
  /** Globally unique: a catalogue id, a resolution or document symbol, or `uncatalogued:<slug>`. */
  id: string;
  kind: TargetKind;
  /** For instruments: convention, protocol, ...; for resolutions: the organ (ga, ecosoc, sc, ...). */
  subkind?: string;
  title?: string;
  shortTitle?: string;
  acronym?: string;
  symbol?: string;
  aliases?: string[];
  unts?: { volume: number; number: number };
  /** Resolution date as given in the text (ISO yyyy-mm-dd) where the citation states it. */
  date?: string;
  /** For a resolution cited with "annex I": which annex. */
  annex?: string;
  /** True when the catalogue lacks this instrument and the title came from the text. */
  uncatalogued?: boolean;
  /** For a resolution cited with annexes: the catalogue instruments those annexes hold. */
  annexInstruments?: string[];
  /** For an uncatalogued amendment (kind amendment): the id of the instrument it amends, named in its title. */
  amends?: string;
  /** For an uncatalogued instrument whose footnote names the resolution that adopted it. */
  adoptedBy?: { resolution: string; annex?: string };
}

export interface Citation {
  target: CitationTarget;
  /** Exact words in the paragraph's clean text (for footnote citations: the words the marker follows). */
  surface: string;
  start: number;
  end: number;
  via: 'text' | 'footnote';
  /** The footnote marker through which this citation was made, when via = footnote: as printed. */
  footnote?: string;
  /** The id of that footnote (Footnote.id): markers may repeat in a document, ids do not. */
  footnoteId?: string;
}

export interface MentionTarget {
  id: string;
  kind: 'body';
  title: string;
  acronym?: string;
  aliases?: string[];
}

export interface Mention {
  target: MentionTarget;
  surface: string;
  start: number;
  end: number;
}

export interface Paragraph {
  /** `note-1`, `preamble-3`, `op-12`, or section-prefixed (`annex-op-3`). */
  id: string;
  /** Section name: note, title, preamble, operative, annex-preamble, annex-operative, ... */
  section: string;
  /** The printed number for numbered paragraphs, the clause ordinal for preambles, null otherwise. */
  number: number | null;
  /** Clean text: no number prefix, no footnote markers, no page furniture. */
  text: string;
  citations: Citation[];
  mentions: Mention[];
  /** Theme ids from the curated vocabulary. */
  themes: string[];
  /**
   * 1-based line in the source file where the paragraph starts (for messages and provenance); for
   * a PDF, the line of the text read from it, and `pages` says where it stands.
   */
  line?: number;
  /** The page or pages it stands on, when the source has pages (a PDF); absent for plain text. */
  pages?: number[];
}

export interface Footnote {
  /**
   * Unique in the document and stable from one extraction to the next: `fn-<marker>` for the
   * first footnote with a marker, `fn-<marker>-<n>` for its n-th (an annex that numbers its
   * footnotes from 1 again, a `*` on several pages).
   */
  id: string;
  /** As printed: "1", "2", ... or "*". */
  marker: string;
  text: string;
  /** Id of the paragraph that holds the marker; null when no paragraph holds it (a warning says so). */
  paragraph: string | null;
  /** The page or pages it stands on, when the source has pages (a PDF). */
  pages?: number[];
}

export interface DocumentInfo {
  symbol: string;
  title: string;
  /** ISO date: printed in the front matter or the closing lines, else inferred from the text. */
  date?: string;
  /** True when no date is printed and `date` is the best date the text gives (inferDate). */
  dateInferred?: boolean;
  /** The words an inferred date was read from ("was held in Bangkok from 18 to 25 April 2005"). */
  dateEvidence?: string;
  /** Resolution symbol when the document is itself a resolution (A/RES/80/3). */
  kind?: 'note' | 'resolution' | 'declaration' | 'document';
}

export interface ExtractedDocument {
  document: DocumentInfo;
  paragraphs: Paragraph[];
  footnotes: Footnote[];
  warnings: string[];
}
