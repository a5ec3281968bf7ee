// Tolerant phrase matching for catalogue names. Text and phrases are compared as word sequences,
// lower-cased, without punctuation, hyphens or articles, so "Convention on Means of ..." finds the
// official "Convention on the Means of ...", and "Non-Proliferation" equals "Non‑Proliferation".
import type { Catalogue } from '../../catalogue/schema.ts';
import type { LexiconEntry } from './types.ts';

export interface Token {
  word: string;
  start: number;
  end: number;
}

const articles = new Set(['the', 'a', 'an']);
/** Shared, with exec rather than matchAll, which costs a fifth more: every paragraph is tokenised. */
const wordPattern = /[\p{L}\p{N}]+/gu;

/** Word tokens with their offsets; articles are dropped, as the matching ignores them. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(text); m; m = wordPattern.exec(text)) {
    const word = m[0].toLowerCase();
    if (articles.has(word)) continue;
    tokens.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** The comparison key of a title: its words, lower-cased, without articles. */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((t) => t.word)
    .join(' ');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: LexiconEntry[];
}

export interface PhraseMatch {
  start: number;
  end: number;
  entries: LexiconEntry[];
}

export class PhraseTrie {
  private readonly root: TrieNode = { next: new Map(), entries: [] };

  add(entry: LexiconEntry): void {
    const words = tokenize(entry.phrase).map((t) => t.word);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    const same = node.entries.findIndex((e) => e.target.id === entry.target.id);
    // One entry per target; a lower-case variant ("draft ...") relaxes a capitalised one.
    if (same < 0) node.entries.push(entry);
    else if (!entry.caseSensitiveStart) node.entries[same] = entry;
  }

  /** Longest-leftmost, non-overlapping matches in `text`, whose `tokens` may be given when already made. */
  find(text: string, tokens: Token[] = tokenize(text)): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      let node: TrieNode | undefined = this.root;
      let best: { j: number; entries: LexiconEntry[] } | undefined;
      for (let j = i; j < tokens.length && node; j += 1) {
        node = node.next.get(tokens[j]!.word);
        if (!node) break;
        const surface = text.slice(tokens[i]!.start, tokens[j]!.end);
        const fits = node.entries.filter((e) => fitsCase(e, surface));
        if (fits.length) best = { j, entries: fits };
      }
      if (best) {
        matches.push({ start: tokens[i]!.start, end: tokens[best.j]!.end, entries: best.entries });
        i = best.j + 1;
      } else i += 1;
    }
    return matches;
  }
}

/** Acronyms must match exactly; a capitalised phrase must start with a capital in the text. */
function fitsCase(entry: LexiconEntry, surface: string): boolean {
  if (/^[A-Z0-9]{2,}$/.test(entry.phrase)) return surface === entry.phrase;
  return !entry.caseSensitiveStart || /^\p{Lu}|^\d/u.test(surface);
}

export interface MatchIndex {
  /** Instruments and groups: what a paragraph cites. */
  citable: PhraseTrie;
  /** Bodies: what a paragraph mentions. */
  bodies: PhraseTrie;
  /**
   * Body short forms ("the Commission"), each with the pattern that finds it in a paragraph and the
   * words any match contains ("Commission"), to skip the pattern in paragraphs without them.
   */
  shortForms: { form: string; pattern: RegExp; words: string }[];
  catalogue: Catalogue;
}

const entry = (target: LexiconEntry['target'], phrase: string): LexiconEntry => ({
  target,
  phrase,
  caseSensitiveStart: /^\p{Lu}/u.test(phrase),
});

export function buildMatchIndex(catalogue: Catalogue): MatchIndex {
  const citable = new PhraseTrie();
  const bodies = new PhraseTrie();
  for (const inst of catalogue.instruments) {
    const target = { kind: 'instrument' as const, id: inst.id };
    for (const phrase of [inst.title, inst.shortTitle, inst.acronym, ...inst.aliases])
      if (phrase) citable.add(entry(target, phrase));
  }
  for (const group of catalogue.groups) {
    // Family phrases are written in lower case in the running text, whatever the catalogue says.
    for (const phrase of group.phrases)
      citable.add({ ...entry({ kind: 'group', id: group.id }, phrase), caseSensitiveStart: false });
  }
  for (const body of catalogue.bodies) {
    const target = { kind: 'body' as const, id: body.id };
    for (const phrase of [body.name, body.acronym, ...body.aliases]) if (phrase) bodies.add(entry(target, phrase));
  }
  const shortForms = [...new Set(catalogue.bodies.flatMap((b) => b.shortForms))].map((form) => {
    // "The Commission" opens a sentence as often as "the Commission" continues one.
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/^the /, '[Tt]he ');
    return { form, pattern: new RegExp(`\\b${escaped}\\b`, 'g'), words: form.replace(/^the /, '') };
  });
  return { citable, bodies, shortForms, catalogue };
}
