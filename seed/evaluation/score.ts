// Precision and recall of an extraction against a gold file. A citation is a (paragraph, target)
// pair: how it was found (text or footnote) and its exact words are reported but not compared, so
// the score measures what the graph will hold, which paragraph cites what.
import type { ExtractedDocument, TargetKind } from '../extracted-document.ts';
import { scoredParagraph, targetKinds, type GoldFile } from './gold.ts';

export { GoldFile, GoldFileError, loadGold, parseGold, targetKinds } from './gold.ts';

export interface ScoredCitation {
  paragraph: string;
  target: string;
  kind: TargetKind;
  surface?: string;
  via?: 'text' | 'footnote';
  title?: string;
}

export interface Counts {
  gold: number;
  found: number;
  truePositives: number;
  /** 1 when nothing was found (no wrong claim was made). */
  precision: number;
  /** 1 when the gold holds nothing of this kind. */
  recall: number;
  f1: number;
}

export interface Score extends Counts {
  document: string;
  /** Each gold citation the extraction found, with the extracted citation that matched it. */
  pairs: Array<{ gold: ScoredCitation; found: ScoredCitation }>;
  falsePositives: ScoredCitation[];
  falseNegatives: ScoredCitation[];
  byKind: Record<TargetKind, Counts>;
  /** Extracted citations outside preamble/op paragraphs (titles, headings, notes): listed, not counted. */
  unscored: ScoredCitation[];
  /** Gold paragraphs the extraction has no paragraph for: a segmentation problem, not a citation one. */
  missingParagraphs: string[];
}

/** Subparagraphs ("op-5-a", "op-5(a)") are scored as part of their numbered paragraph. */
function scoredId(id: string): string | undefined {
  const match = /^((?:annex-)?(?:preamble|op)-\d+)(?![0-9])/.exec(id);
  return match && scoredParagraph.test(match[1]!) ? match[1] : undefined;
}

const stopWords = new Set(['the', 'of', 'to', 'on', 'in', 'and', 'for', 'a', 'an', 'at', 'by', 'with', 'its']);
/** Numbers and roman numerals tell instruments apart (Protocol I / II, the 1961 / 1971 Conventions). */
const distinguishing = /^(?:\d+|[ivxlc]+)$/;

/** The content words of an id, a slug or a title: lower case, without function words. */
export function titleWords(id: string): string[] {
  return id
    .replace(/^uncatalogued:/, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !stopWords.has(w));
}

/**
 * Loose match for instruments outside the catalogue. Their slug is made from the words of the
 * text, so an extractor and a reader reasonably differ on where the title starts and ends
 * ("the Humanitarian Pledge", a hyphen cut by a line break). Two slugs match when their word
 * sets, without function words, have a Jaccard index of at least 0.6 (most words shared) and
 * carry exactly the same numbers and roman numerals. Returns 0 when they do not match.
 */
export function slugSimilarity(a: string, b: string): number {
  const wa = new Set(titleWords(a));
  const wb = new Set(titleWords(b));
  const marks = (s: Set<string>) =>
    [...s]
      .filter((w) => distinguishing.test(w))
      .sort()
      .join(' ');
  if (marks(wa) !== marks(wb)) return 0;
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const union = new Set([...wa, ...wb]).size;
  const jaccard = union === 0 ? 0 : shared / union;
  return jaccard >= 0.6 ? jaccard : 0;
}

const isUncatalogued = (c: ScoredCitation) => c.kind === 'instrument' && c.target.startsWith('uncatalogued:');

/** One entry per (paragraph, target): the first occurrence keeps its surface. */
function dedupe(citations: ScoredCitation[]): ScoredCitation[] {
  const seen = new Map<string, ScoredCitation>();
  for (const c of citations) {
    const key = `${c.paragraph}\u0000${c.target}`;
    if (!seen.has(key)) seen.set(key, c);
  }
  return [...seen.values()];
}

export function counts(gold: number, found: number, truePositives: number): Counts {
  const precision = found === 0 ? 1 : truePositives / found;
  const recall = gold === 0 ? 1 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, found, truePositives, precision, recall, f1 };
}

export interface ScoreOptions {
  /**
   * The titles (title, short title, aliases) of catalogued instruments by id. With them, a gold
   * instrument written as uncatalogued matches a catalogued id whose title it loosely matches, so
   * gold written before the catalogue grew stays right: the gold names the instrument by its
   * words, and the catalogue id is another key for the same instrument.
   */
  catalogueTitles?: ReadonlyMap<string, readonly string[]>;
}

/** Catalogue titles by id, for ScoreOptions. */
export function catalogueTitles(catalogue: {
  instruments: Array<{ id: string; title: string; shortTitle?: string; aliases: string[] }>;
}): Map<string, string[]> {
  return new Map(
    catalogue.instruments.map((i) => [i.id, [i.title, ...(i.shortTitle ? [i.shortTitle] : []), ...i.aliases]]),
  );
}

/** How well an uncatalogued gold entry matches an extracted id (a slug, or a catalogued id by its titles). */
function looseSimilarity(
  g: ScoredCitation,
  f: ScoredCitation,
  titles: ReadonlyMap<string, readonly string[]> | undefined,
): number {
  if (isUncatalogued(f)) return slugSimilarity(g.target, f.target);
  const names = f.kind === 'instrument' ? titles?.get(f.target) : undefined;
  if (!names) return 0;
  return Math.max(
    0,
    ...names.flatMap((name) => [slugSimilarity(g.target, name), g.title ? slugSimilarity(g.title, name) : 0]),
  );
}

/** Pairs gold and found citations of one paragraph: exact ids first, then loose uncatalogued ones. */
function matchParagraph(
  gold: ScoredCitation[],
  found: ScoredCitation[],
  titles?: ReadonlyMap<string, readonly string[]>,
): Array<[ScoredCitation, ScoredCitation]> {
  const pairs: Array<[ScoredCitation, ScoredCitation]> = [];
  const openGold = new Set(gold);
  const openFound = new Set(found);
  for (const g of gold) {
    const f = found.find((x) => openFound.has(x) && x.target === g.target);
    if (f) {
      pairs.push([g, f]);
      openGold.delete(g);
      openFound.delete(f);
    }
  }
  // Greedy by similarity, one to one, so one extracted slug cannot satisfy two gold entries.
  const candidates = [...openGold]
    .filter(isUncatalogued)
    .flatMap((g) =>
      [...openFound]
        .filter((f) => f.kind === 'instrument')
        .map((f) => ({ g, f, similarity: looseSimilarity(g, f, titles) })),
    );
  candidates.sort((x, y) => y.similarity - x.similarity);
  for (const { g, f, similarity } of candidates) {
    if (similarity === 0 || !openGold.has(g) || !openFound.has(f)) continue;
    pairs.push([g, f]);
    openGold.delete(g);
    openFound.delete(f);
  }
  return pairs;
}

export function scoreCitations(extracted: ExtractedDocument, gold: GoldFile, options: ScoreOptions = {}): Score {
  const unscored: ScoredCitation[] = [];
  const found: ScoredCitation[] = [];
  for (const paragraph of extracted.paragraphs) {
    const id = scoredId(paragraph.id);
    for (const c of paragraph.citations) {
      const entry: ScoredCitation = {
        paragraph: id ?? paragraph.id,
        target: c.target.id,
        kind: c.target.kind,
        surface: c.surface,
        via: c.via,
      };
      (id ? found : unscored).push(entry);
    }
  }
  const foundSet = dedupe(found);
  const goldSet = dedupe(gold.citations.map((c) => ({ ...c })));

  const byParagraph = <T extends ScoredCitation>(list: T[], p: string) => list.filter((c) => c.paragraph === p);
  const paragraphs = new Set([...goldSet, ...foundSet].map((c) => c.paragraph));
  const matched: Array<[ScoredCitation, ScoredCitation]> = [];
  for (const p of paragraphs)
    matched.push(...matchParagraph(byParagraph(goldSet, p), byParagraph(foundSet, p), options.catalogueTitles));
  const matchedGold = new Set(matched.map(([g]) => g));
  const matchedFound = new Set(matched.map(([, f]) => f));

  const byKind = Object.fromEntries(
    targetKinds.map((kind) => [
      kind,
      counts(
        goldSet.filter((c) => c.kind === kind).length,
        foundSet.filter((c) => c.kind === kind).length,
        // A true positive counts under the gold's kind; the ids agree, so the kinds almost always do.
        matched.filter(([g]) => g.kind === kind).length,
      ),
    ]),
  ) as Record<TargetKind, Counts>;

  const extractedIds = new Set(extracted.paragraphs.map((p) => scoredId(p.id)).filter((id) => id !== undefined));
  return {
    document: gold.document,
    ...counts(goldSet.length, foundSet.length, matched.length),
    pairs: matched.map(([g, f]) => ({ gold: g, found: f })),
    falsePositives: foundSet.filter((c) => !matchedFound.has(c)),
    falseNegatives: goldSet.filter((c) => !matchedGold.has(c)),
    byKind,
    unscored,
    missingParagraphs: [...new Set(goldSet.map((c) => c.paragraph))].filter((p) => !extractedIds.has(p)),
  };
}

/**
 * Micro average over documents: gold, found and true positives are summed before the rates are
 * taken, so a document counts by its citations, and one short document cannot swing the figure.
 */
export function microAverage(scores: Score[]): Counts & { byKind: Record<TargetKind, Counts> } {
  const sum = (pick: (s: Score) => Counts) => {
    const parts = scores.map(pick);
    return counts(
      parts.reduce((n, c) => n + c.gold, 0),
      parts.reduce((n, c) => n + c.found, 0),
      parts.reduce((n, c) => n + c.truePositives, 0),
    );
  };
  const byKind = Object.fromEntries(targetKinds.map((kind) => [kind, sum((s) => s.byKind[kind])])) as Record<
    TargetKind,
    Counts
  >;
  return { ...sum((s) => s), byKind };
}
