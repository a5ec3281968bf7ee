// Builds the Lucene query for `search` from what a user typed. The user's text never reaches
// Lucene as syntax: it is cut into words the way the index's analyzer cuts text (letters and
// digits), each word is escaped all the same, and the server writes the operators itself.

/** Characters with a meaning in Lucene's classic query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** At most this many words count; the rest of a pasted paragraph adds cost, not precision. */
export const MAX_SEARCH_TERMS = 8;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, '\\$&');
}

/** The words of a search text, lower-cased (so AND/OR/NOT are words, not operators). */
export function searchTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, MAX_SEARCH_TERMS);
}

/**
 * One required clause per word, each matching the word exactly (best), as a prefix (typeahead:
 * "conv" finds "convention") or within an edit distance (typos: "corupton"). Null when the text
 * holds no word.
 */
export function luceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const word = escapeLucene(term);
      const forms = [`${word}^3`];
      if (term.length >= 2) forms.push(`${word}*^2`);
      // Short words get no fuzzy form: one edit turns "un" into half the vocabulary.
      if (term.length >= 4) forms.push(`${word}~${term.length >= 7 ? 2 : 1}`);
      return `+(${forms.join(' ')})`;
    })
    .join(' ');
}
