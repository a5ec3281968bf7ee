// Turns one extracted record into the parameter rows of the document statements: one list per
// statement, and citations and references split by target label, because Cypher cannot take a
// label as a parameter. Every row names its document, so the rows of several documents can be
// concatenated into one statement (group-rows.ts). Pure, so it is checked without a database; it
// also counts what the load will write.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Citation, ExtractedDocument, TargetKind } from '../extracted-document.ts';
import { findResolutions } from '../stages/find-symbols.ts';
import { aliasText } from './catalogue-rows.ts';

/**
 * Bumped when the loader writes a document differently, so unchanged records are still rewritten.
 * 2: a resolution's document is its Resolution node (documents-write.cypher).
 * 3: a resolution citation keeps the date the text gives it (rows-cites-resolution.cypher).
 * 4: paragraphs and footnotes keep the pages they stand on (rows-paragraphs.cypher, rows-footnotes.cypher).
 * 5: uncatalogued instruments are one node across documents (instrument-identity.ts).
 * 6: footnotes are keyed by the record's footnote id, not their marker; CITES keeps footnoteId.
 * 7: a document's date read from its text is marked: dateInferred, dateEvidence (documents-write.cypher).
 */
const LOAD_FORMAT = 7;

type Row = Record<string, unknown>;

export interface DocumentBatch {
  symbol: string;
  contentHash: string;
  document: Row;
  paragraphs: Row[];
  next: { from: string; to: string }[];
  footnotes: Row[];
  cites: Record<TargetKind, Row[]>;
  mentions: Row[];
  themes: Row[];
  /** The distinct documents and resolutions this document cites (REFERENCES), itself excluded. */
  references: { resolution: Row[]; document: Row[] };
  annexes: Row[];
  /** Uncatalogued instrument ADOPTED_BY the resolution its footnote names. */
  adoptedBy: Row[];
  /** Uncatalogued amendment AMENDS the instrument its title names. */
  amends: Row[];
  /** Nodes and relationships the load writes, for progress output. */
  nodeCount: number;
  relationshipCount: number;
}

export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
}

export function paragraphId(symbol: string, localId: string): string {
  return `${symbol}#${localId}`;
}

/** The Footnote node's id: the document's symbol and the record's footnote id (`fn-1`, `fn-1-2`). */
export function footnoteId(symbol: string, localId: string): string {
  return `${symbol}#${localId}`;
}

export function documentBatch(record: ExtractedDocument, file: string): DocumentBatch {
  const symbol = record.document.symbol;
  if (!symbol) throw new InvalidRecordError(`${file}: the record has no document symbol`);
  const localIds = new Set<string>();
  for (const p of record.paragraphs) {
    if (localIds.has(p.id)) throw new InvalidRecordError(`${file}: paragraph id "${p.id}" occurs twice`);
    localIds.add(p.id);
  }
  const pid = (local: string) => paragraphId(symbol, local);

  const paragraphs = record.paragraphs.map((p, order) => ({
    id: pid(p.id),
    document: symbol,
    localId: p.id,
    section: p.section,
    number: p.number,
    order,
    text: p.text,
    line: p.line ?? null,
    pages: p.pages ?? [],
  }));
  const next = paragraphs.slice(1).map((p, i) => ({ from: paragraphs[i]!.id, to: p.id }));

  // Markers may repeat (footnotes numbered again from 1 in an annex, a `*` on several pages): the
  // footnote's id is what must be unique, and what a citation made through it names.
  const footnoteIds = new Set<string>();
  const footnotes = record.footnotes.map((f, order) => {
    if (!f.id) throw new InvalidRecordError(`${file}: footnote ${order + 1} (marker "${f.marker}") has no id`);
    if (footnoteIds.has(f.id)) throw new InvalidRecordError(`${file}: footnote id "${f.id}" occurs twice`);
    footnoteIds.add(f.id);
    const paragraph = f.paragraph !== null && localIds.has(f.paragraph) ? f.paragraph : null;
    return {
      id: footnoteId(symbol, f.id),
      document: symbol,
      localId: f.id,
      order,
      marker: f.marker,
      text: f.text,
      paragraph,
      paragraphId: paragraph === null ? null : pid(paragraph),
      pages: f.pages ?? [],
    };
  });

  /** A citation's footnote node: by its id; a record without ids may name the marker, if only one footnote has it. */
  const footnoteIdOf = (c: Citation): string | null => {
    if (c.footnoteId !== undefined) return footnoteId(symbol, c.footnoteId);
    const same = c.footnote === undefined ? [] : record.footnotes.filter((f) => f.marker === c.footnote);
    return same.length === 1 ? footnoteId(symbol, same[0]!.id) : null;
  };
  const cites: Record<TargetKind, Row[]> = { instrument: [], resolution: [], document: [], group: [] };
  const citeKeys = new Set<string>();
  const references = { resolution: new Map<string, Row>(), document: new Map<string, Row>() };
  const annexes = new Map<string, Row>();
  const adoptedBy = new Map<string, Row>();
  const amends = new Map<string, Row>();
  const mentionKeys = new Set<string>();
  const mentions: Row[] = [];
  const themes: Row[] = [];

  for (const p of record.paragraphs) {
    for (const c of p.citations) {
      if (c.footnoteId !== undefined && !footnoteIds.has(c.footnoteId)) {
        throw new InvalidRecordError(
          `${file}: a citation in paragraph "${p.id}" names footnote "${c.footnoteId}", which the record lacks`,
        );
      }
      // A citation's identity; repeats collapse, so cites-*.cypher can CREATE each one.
      const key = [p.id, c.target.kind, c.target.id, c.start, c.end, c.via].join('\u0000');
      if (citeKeys.has(key)) continue;
      citeKeys.add(key);
      cites[c.target.kind].push(citationRow(symbol, pid(p.id), c, footnoteIdOf(c)));
      for (const annex of annexLinks(c)) annexes.set(`${annex.from} ${annex.to}`, { ...annex, document: symbol });
      // Only a placeholder takes its adoption from the text; a catalogued one has it from the catalogue.
      if (c.target.kind === 'instrument' && c.target.uncatalogued && c.target.adoptedBy) {
        adoptedBy.set(c.target.id, { instrument: c.target.id, resolution: c.target.adoptedBy.resolution });
      }
      if (c.target.kind === 'instrument' && c.target.uncatalogued && c.target.amends) {
        amends.set(c.target.id, { amendment: c.target.id, amended: c.target.amends });
      }
      if ((c.target.kind === 'document' || c.target.kind === 'resolution') && c.target.id !== symbol) {
        references[c.target.kind].set(c.target.id, { document: symbol, target: c.target.id });
      }
    }
    for (const m of p.mentions) {
      const key = [p.id, m.target.id, m.start, m.end].join('\u0000');
      if (mentionKeys.has(key)) continue;
      mentionKeys.add(key);
      mentions.push({
        document: symbol,
        paragraph: pid(p.id),
        target: m.target.id,
        name: m.target.title,
        acronym: m.target.acronym ?? null,
        aliases: m.target.aliases ?? [],
        aliasText: aliasText(m.target.aliases ?? []),
        surface: m.surface,
        start: m.start,
        end: m.end,
      });
    }
    for (const theme of new Set(p.themes)) themes.push({ paragraph: pid(p.id), theme });
  }

  const citeCount = Object.values(cites).reduce((sum, list) => sum + list.length, 0);
  const referenceCount = references.resolution.size + references.document.size;
  return {
    symbol,
    contentHash: contentHash(record),
    document: {
      symbol,
      title: record.document.title,
      date: record.document.date ?? null,
      dateInferred: record.document.dateInferred === true,
      dateEvidence: record.document.dateEvidence ?? null,
      docKind: record.document.kind ?? 'document',
      file: basename(file),
      paragraphCount: paragraphs.length,
      resolution: isResolutionSymbol(symbol),
    },
    paragraphs,
    next,
    footnotes,
    cites,
    mentions,
    themes,
    references: { resolution: [...references.resolution.values()], document: [...references.document.values()] },
    annexes: [...annexes.values()],
    adoptedBy: [...adoptedBy.values()],
    amends: [...amends.values()],
    nodeCount: 1 + paragraphs.length + footnotes.length,
    relationshipCount:
      paragraphs.length +
      next.length +
      footnotes.filter((f) => f.paragraph !== null).length +
      citeCount +
      mentions.length +
      themes.length +
      referenceCount +
      annexes.size +
      adoptedBy.size +
      amends.size,
  };
}

/**
 * Whether a document's symbol is a resolution's: the symbol, written out in a text, is what the
 * extractor reads as a citation of the resolution with that very id (A/RES/80/6, E/RES/2002/13),
 * never of a document. Such a document and the Resolution that citations and the catalogue name are
 * one node (documents-write.cypher).
 */
export function isResolutionSymbol(symbol: string): boolean {
  return findResolutions(symbol).some(
    (found) => found.start === 0 && found.end === symbol.length && found.symbol === symbol,
  );
}

function citationRow(symbol: string, paragraph: string, c: Citation, footnote: string | null): Row {
  const t = c.target;
  return {
    document: symbol,
    paragraph,
    target: t.id,
    symbol: t.symbol ?? t.id,
    instrumentKind: t.subkind ?? 'other',
    title: t.title ?? t.symbol ?? t.id,
    shortTitle: t.shortTitle ?? null,
    acronym: t.acronym ?? null,
    aliases: t.aliases ?? [],
    aliasText: aliasText(t.aliases ?? []),
    untsVolume: t.unts?.volume ?? null,
    untsNumber: t.unts?.number ?? null,
    uncatalogued: t.uncatalogued === true,
    titleKeys: [],
    source: `text:${symbol}`,
    surface: c.surface,
    start: c.start,
    end: c.end,
    via: c.via,
    footnote: c.footnote ?? null,
    footnoteId: footnote,
    // A resolution's date where the citation states it ("resolution 79/50 of 2 December 2024").
    date: t.date ?? null,
  };
}

/**
 * What the extractor says about annexes: a resolution cited with annexes names the catalogue
 * instruments they hold (annexInstruments), and an uncatalogued instrument whose footnote names
 * its resolution carries adoptedBy. Each gives Resolution ANNEXES Instrument.
 */
function annexLinks(c: Citation): { from: string; to: string; annex: string | null }[] {
  const t = c.target;
  if (t.kind === 'resolution' && t.annexInstruments) {
    // "annexes I-III" spans several instruments; each one's own annex is the catalogue's to state.
    const annex = t.annex && /^[IVXLC]+$/.test(t.annex) ? t.annex : null;
    return t.annexInstruments.map((instrument) => ({ from: t.id, to: instrument, annex }));
  }
  if (t.kind === 'instrument' && t.uncatalogued && t.adoptedBy?.annex) {
    return [{ from: t.adoptedBy.resolution, to: t.id, annex: t.adoptedBy.annex }];
  }
  return [];
}

/** What a loaded document's `contentHash` is when its record and the loader's format are these. */
export function contentHash(record: ExtractedDocument): string {
  return createHash('sha256')
    .update(`${LOAD_FORMAT}\n${JSON.stringify(record)}`)
    .digest('hex');
}
