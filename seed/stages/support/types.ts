// Records passed between the stages. Each keeps the 1-based source line it came from, so a
// paragraph, a footnote or a warning can always be traced back to the file.
import type { CitationTarget, DocumentInfo, InstrumentKind, MentionTarget } from '../../extracted-document.ts';

/** One line after cleaning: text, or a marker for what the furniture and blank lines meant. */
export type CleanItem =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'blank'; line: number }
  /** Where page furniture (header, page number, job number) was removed: a page boundary. */
  | { kind: 'page-break'; line: number }
  /** A `_____` or `---` rule: the footnote block of a page starts here. */
  | { kind: 'separator'; line: number };

export type FurnitureKind = 'symbol' | 'page-number' | 'job-number' | 'barcode' | 'running-title';

export interface Furniture {
  kind: FurnitureKind;
  text: string;
  line: number;
}

export interface CleanDocument {
  items: CleanItem[];
  furniture: Furniture[];
}

/** A source line as it enters a paragraph. */
export interface SourceLine {
  text: string;
  line: number;
}

/** One footnote entry as printed: numbers may restart on each page, so `key` is what is unique. */
export interface FootnoteEntry {
  key: number;
  /** The record's id of the footnote (see Footnote.id in extracted-document.ts). */
  id: string;
  marker: string;
  text: string;
  line: number;
  /** Index of the footnote block (one per page) that holds it. */
  block: number;
}

export interface FootnoteBlock {
  index: number;
  line: number;
  entries: FootnoteEntry[];
}

/** A paragraph as segmented: joined text, footnote markers still glued to the words. */
export interface RawParagraph {
  id: string;
  section: string;
  number: number | null;
  text: string;
  /** Where each source line starts in `text`, ascending, to map an offset back to a line. */
  lineStarts: { offset: number; line: number }[];
  line: number;
}

export interface Segmented {
  info: DocumentInfo;
  paragraphs: RawParagraph[];
  blocks: FootnoteBlock[];
  footnotes: FootnoteEntry[];
  warnings: string[];
}

/** A footnote marker found in a paragraph, at `offset` in the clean text (where it was glued). */
export interface MarkerHit {
  offset: number;
  footnote: FootnoteEntry;
  /** True for a `*` note whose mark the text lost: it is tied to the whole title. */
  inferred?: boolean;
}

/** A paragraph after marker removal: clean text plus where the markers were. */
export interface MarkedParagraph extends Omit<RawParagraph, 'text'> {
  text: string;
  markers: MarkerHit[];
}

/** A reference found from the words, before the catalogue is consulted. */
export type Candidate =
  | { type: 'phrase'; start: number; end: number; surface: string; entry: LexiconEntry }
  /** `title` when the words to look up differ from the surface: one of "treaties of Tlatelolco, Rarotonga". */
  | { type: 'title'; start: number; end: number; surface: string; kind: InstrumentKind; title?: string }
  | { type: 'acronym'; start: number; end: number; surface: string }
  | {
      type: 'resolution';
      start: number;
      end: number;
      surface: string;
      symbol: string;
      organ: string;
      date?: string;
      annex?: string;
    }
  | { type: 'unts'; start: number; end: number; surface: string; volume: number; number: number; ibid: boolean }
  | { type: 'ibid'; start: number; end: number; surface: string }
  | { type: 'document'; start: number; end: number; surface: string; symbol: string }
  | { type: 'anaphora'; start: number; end: number; surface: string; head: AnaphoraHead; plural: boolean }
  | { type: 'short-form'; start: number; end: number; surface: string; form: string }
  /** An International Labour Convention or Protocol by its number; `title` when the text gives one. */
  | {
      type: 'ilo';
      start: number;
      end: number;
      surface: string;
      number: number;
      head: 'Convention' | 'Protocol';
      title?: string;
    };

/** The kind heads, resolved by kind; any other head ("Statute", "Programme of Action") by its words. */
export type AnaphoraHead =
  | 'convention'
  | 'protocol'
  | 'treaty'
  | 'declaration'
  | 'charter'
  | 'agreement'
  | 'resolution'
  | (string & {});

/** A catalogue phrase the text can contain: a title, alias, acronym, body name or group phrase. */
export interface LexiconEntry {
  target: { kind: 'instrument'; id: string } | { kind: 'body'; id: string } | { kind: 'group'; id: string };
  phrase: string;
  /** Phrases written with a capital must be capitalised in the text too ("Convention", not "convention"). */
  caseSensitiveStart: boolean;
}

export type { CitationTarget, MentionTarget };
