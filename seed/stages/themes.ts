// Stage 6: the themes a paragraph addresses, from the curated vocabulary. Terms match whole words,
// case-insensitively, with a hyphen and a space taken as the same ("money laundering") and an
// optional plural.
import type { ThemeEntry } from '../catalogue/schema.ts';

export type ThemeMatcher = (text: string) => string[];

function termPattern(term: string): string {
  const words = term.trim().split(/[\s-]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return `${words.join('[\\s-]+')}(?:s|es)?`;
}

export function themeMatcher(themes: ThemeEntry[]): ThemeMatcher {
  const compiled = themes.map((theme) => ({
    id: theme.id,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${theme.terms.map(termPattern).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
  }));
  return (text) => compiled.filter((t) => t.pattern.test(text)).map((t) => t.id);
}
