// Stage 6: the themes a paragraph addresses, from the curated vocabulary. Terms match whole words,
// case-insensitively, with a hyphen and a space taken as the same ("money laundering") and an
// optional plural.
import type { ThemeEntry } from '../catalogue/schema.ts';

export type ThemeMatcher = (text: string) => string[];

function termPattern(term: string): string {
  const words = term
    .trim()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return `${words.join('[\\s-]+')}(?:s|es)?`;
}

interface TermWords {
  theme: number;
  /** The term's words after the first, the last one apart. */
  middle: string[];
  last?: string;
}

/**
 * Which themes a paragraph can possibly match, from its words, so that only those run their
 * regex: a paragraph addresses a few of the ~50 themes, and the Unicode-aware regexes cost far
 * more than a walk over the paragraph's words.
 *
 * The test is exact for ASCII terms. In any text a term matches, its runs of letters and digits
 * ("hiv" and "aids" in "HIV/AIDS") are consecutive whole words of the lower-cased text split at
 * every other character: between them stand only spaces, hyphens or the term's own punctuation,
 * and the regex's look-arounds bound the first and the last; the last may carry the plural "s" or
 * "es". Under the `iu` flags an ASCII letter matches itself in either case, KELVIN SIGN (which
 * toLowerCase turns into "k") and LONG S (which it leaves alone: a text with one skips the
 * filter), and no character that is not a letter lower-cases to one. Terms with other
 * characters always run their regex.
 */
class ThemeFilter {
  /** A term's first word (with its plural forms when it is also the last) → the terms it opens. */
  private readonly byFirstWord = new Map<string, TermWords[]>();
  /** Themes with a term the filter cannot judge: always tested. */
  private readonly always = new Set<number>();

  constructor(themes: ThemeEntry[]) {
    themes.forEach((theme, index) => {
      for (const term of theme.terms) {
        const words = /^[\x00-\x7f]*$/.test(term) ? term.toLowerCase().match(/[a-z0-9]+/g) : null;
        if (!words) {
          this.always.add(index);
          continue;
        }
        const [first, ...rest] = words as [string, ...string[]];
        if (rest.length === 0) {
          for (const form of pluralForms(first)) this.add(form, { theme: index, middle: [] });
        } else {
          this.add(first, { theme: index, middle: rest.slice(0, -1), last: rest.at(-1)! });
        }
      }
    });
  }

  private add(word: string, term: TermWords): void {
    const list = this.byFirstWord.get(word) ?? [];
    list.push(term);
    this.byFirstWord.set(word, list);
  }

  /** The themes `text` may match; undefined when the filter cannot tell (test them all). */
  possible(text: string): Set<number> | undefined {
    if (text.includes('\u017f')) return undefined;
    const words = text.toLowerCase().split(/[^a-z0-9]+/);
    const found = new Set(this.always);
    for (let i = 0; i < words.length; i += 1) {
      const terms = this.byFirstWord.get(words[i]!);
      if (terms) for (const term of terms) if (followsAt(words, i + 1, term)) found.add(term.theme);
    }
    return found;
  }
}

function pluralForms(word: string): string[] {
  return [word, `${word}s`, `${word}es`];
}

/** Whether the rest of `term` stands in `words` from `at` on. */
function followsAt(words: string[], at: number, term: TermWords): boolean {
  for (let k = 0; k < term.middle.length; k += 1) if (words[at + k] !== term.middle[k]) return false;
  if (term.last === undefined) return true;
  const last = words[at + term.middle.length];
  return last !== undefined && pluralForms(term.last).includes(last);
}

export function themeMatcher(themes: ThemeEntry[]): ThemeMatcher {
  const compiled = themes.map((theme) => ({
    id: theme.id,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${theme.terms.map(termPattern).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
  }));
  const filter = new ThemeFilter(themes);
  return (text) => {
    const possible = filter.possible(text);
    return compiled.filter((t, index) => (!possible || possible.has(index)) && t.pattern.test(text)).map((t) => t.id);
  };
}
