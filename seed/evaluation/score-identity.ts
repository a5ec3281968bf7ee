// Identity: did each instrument the gold names become one node, or several? The precision and
// recall of score.ts count (paragraph, target) pairs, so an instrument extracted as its full
// title in one paragraph and as a cut or swallowed variant in another scores a hit and a miss,
// and the split itself goes unseen. Here every gold instrument collects the extracted ids that
// stand for it; more than one id is a split, since the graph keys a node on its id.
import { type Score, type ScoredCitation, titleWords } from './score.ts';

/** One gold instrument and the distinct extracted ids that stood for it. */
export interface Split {
  target: string;
  /** The documents where it was found; one for a split within a document. */
  documents: string[];
  nodes: string[];
}

export interface Identity {
  /** Gold instruments, counted once per document. */
  instruments: number;
  /** Instruments that became more than one node in the same document. */
  withinDocuments: Split[];
  /** Distinct gold instruments (by target) across all documents. */
  distinctInstruments: number;
  /** Instruments that became more than one node across the documents (including the above). */
  acrossDocuments: Split[];
}

const isUncatalogued = (id: string) => id.startsWith('uncatalogued:');

/**
 * The ids that stood for each gold instrument of one scored document: those the scorer paired
 * with it, and, in a paragraph where the gold instrument was missed, an extracted uncatalogued
 * id whose words are all words of its title or of the text's wording of it (a cut title, a bare
 * short form) or that contain all the words of its title (a title that swallowed the next
 * words). A catalogued extra is never taken for a variant: it names another instrument, which
 * is a wrong link and shows as a false positive, not a split.
 */
export function nodesOfInstruments(score: Score): Map<string, Set<string>> {
  const nodes = new Map<string, Set<string>>();
  const add = (target: string, id: string) => {
    const set = nodes.get(target) ?? new Set<string>();
    set.add(id);
    nodes.set(target, set);
  };
  for (const { gold, found } of score.pairs) if (gold.kind === 'instrument') add(gold.target, found.target);

  const instruments = [...score.pairs.map((p) => p.gold), ...score.falseNegatives].filter(
    (c) => c.kind === 'instrument',
  );
  const wording = new Map<string, Set<string>>();
  const title = new Map<string, Set<string>>();
  for (const c of instruments) {
    const words = wording.get(c.target) ?? new Set<string>();
    for (const w of [...titleWords(c.target), ...titleWords(c.title ?? ''), ...titleWords(c.surface ?? '')])
      words.add(w);
    wording.set(c.target, words);
    const own = c.title ?? (isUncatalogued(c.target) ? c.target : '');
    if (own && !title.has(c.target)) title.set(c.target, new Set(titleWords(own)));
  }

  const taken = new Set<ScoredCitation>();
  for (const missed of score.falseNegatives) {
    if (missed.kind !== 'instrument') continue;
    const words = wording.get(missed.target)!;
    const own = title.get(missed.target);
    for (const extra of score.falsePositives) {
      if (
        taken.has(extra) ||
        extra.paragraph !== missed.paragraph ||
        extra.kind !== 'instrument' ||
        !isUncatalogued(extra.target)
      )
        continue;
      const found = titleWords(extra.target);
      if (found.length === 0) continue;
      const cut = found.every((w) => words.has(w));
      const swallowed = own !== undefined && own.size > 0 && [...own].every((w) => found.includes(w));
      if (cut || swallowed) {
        add(missed.target, extra.target);
        taken.add(extra);
      }
    }
  }
  return nodes;
}

/** Splits within each document and across all of them, from the documents' scores. */
export function identityOf(scores: Score[]): Identity {
  const withinDocuments: Split[] = [];
  const corpus = new Map<string, { nodes: Set<string>; documents: Set<string> }>();
  let instruments = 0;
  for (const score of scores) {
    const goldInstruments = new Set(
      [...score.pairs.map((p) => p.gold), ...score.falseNegatives]
        .filter((c) => c.kind === 'instrument')
        .map((c) => c.target),
    );
    instruments += goldInstruments.size;
    for (const [target, ids] of nodesOfInstruments(score)) {
      if (ids.size > 1) withinDocuments.push({ target, documents: [score.document], nodes: [...ids].sort() });
      const entry = corpus.get(target) ?? { nodes: new Set<string>(), documents: new Set<string>() };
      for (const id of ids) entry.nodes.add(id);
      entry.documents.add(score.document);
      corpus.set(target, entry);
    }
    for (const target of goldInstruments)
      if (!corpus.has(target)) corpus.set(target, { nodes: new Set(), documents: new Set() });
  }
  const acrossDocuments = [...corpus]
    .filter(([, e]) => e.nodes.size > 1)
    .map(([target, e]) => ({ target, documents: [...e.documents].sort(), nodes: [...e.nodes].sort() }));
  return { instruments, withinDocuments, distinctInstruments: corpus.size, acrossDocuments };
}
