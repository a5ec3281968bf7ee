// The theme matcher skips the regexes of themes whose words a paragraph lacks. That filter must
// never change the answer: it is checked here against the plain rule (every theme's regex run on
// every text), on texts built from the terms' own words in odd cases, plurals and separators, and
// from characters that fold to ASCII letters under the `iu` flags (KELVIN SIGN, LONG S).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import type { ThemeEntry } from '../../../seed/catalogue/schema.ts';
import { themeMatcher } from '../../../seed/stages/themes.ts';
import { tinyCatalogue } from './tiny-catalogue.ts';

/** The rule as written in themes.ts, without the filter. */
function plainMatcher(themes: ThemeEntry[]): (text: string) => string[] {
  const term = (t: string): string =>
    `${t
      .trim()
      .split(/[\s-]+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('[\\s-]+')}(?:s|es)?`;
  const compiled = themes.map((theme) => ({
    id: theme.id,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${theme.terms.map(term).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
  }));
  return (text) => compiled.filter((t) => t.pattern.test(text)).map((t) => t.id);
}

const oddThemes: ThemeEntry[] = [
  { id: 'hiv', label: 'HIV', terms: ['HIV/AIDS', 'sick'] },
  { id: 'sti', label: 'STI', terms: ['science, technology and innovation'] },
  { id: 'kids', label: 'Kids', terms: ['kids', 'juvenile justice'] },
  { id: 'cafe', label: 'Café', terms: ['café society'] },
  { id: 'the-env', label: 'Environment', terms: ['protection of the environment', 'a'] },
];

describe('themeMatcher', () => {
  const catalogue = readCatalogue();
  const sets: [string, ThemeEntry[]][] = [
    ['the catalogue', catalogue.themes],
    ['a tiny catalogue', tinyCatalogue().themes],
    ['odd terms', oddThemes],
  ];

  for (const [name, themes] of sets) {
    const words = [...new Set(themes.flatMap((t) => t.terms.flatMap((term) => term.split(/[\s-]+/))))];
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(...words).map((w) => `${w}s`),
      fc.constantFrom(...words).map((w) => `${w}es`),
      fc.constantFrom(...words).map((w) => w.replace(/k/g, '\u212a').replace(/s/g, '\u017f')),
      fc.constantFrom('the', 'of', 'and', 'x', '1', 'é', 'İ', 'ſ', 'K', 'ς', '’'),
    );
    const separator = fc.constantFrom(' ', '-', ' - ', '/', ', ', '  ', '\u00a0', '', '.', '(', '\n');
    const text = fc.array(fc.tuple(word, separator), { maxLength: 12 }).map((parts) => parts.flat().join(''));

    it(`finds what the plain rule finds, on ${name}`, () => {
      const fast = themeMatcher(themes);
      const plain = plainMatcher(themes);
      fc.assert(
        fc.property(text, (t) => {
          expect(fast(t)).toEqual(plain(t));
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('keeps the plain rule on the shapes the filter reasons about', () => {
    const fast = themeMatcher(oddThemes);
    const plain = plainMatcher(oddThemes);
    for (const t of [
      'hiv/aids',
      'HIV-AIDS',
      'HIV/AIDSes',
      'science, technology and innovations',
      'science technology and innovation',
      'Kids',
      '\u212aids',
      'juvenile-justices',
      'café society',
      'CAFÉ SOCIETY',
      'protection of the environment',
      'a',
      'ſick',
      'sıck',
    ]) {
      expect(fast(t)).toEqual(plain(t));
    }
  });
});
