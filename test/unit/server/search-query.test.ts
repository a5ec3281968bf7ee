import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, MAX_SEARCH_TERMS, searchTerms } from '../../../server/search-query.ts';

describe('luceneQuery', () => {
  it.each([
    ['UNCAC', '+(uncac^3 uncac*^2 uncac~1)'],
    ['conv', '+(conv^3 conv*^2 conv~1)'],
    ['corupton', '+(corupton^3 corupton*^2 corupton~2)'],
    ['un', '+(un^3 un*^2)'],
    ['a', '+(a^3)'],
    ['money-laundering', '+(money^3 money*^2 money~1) +(laundering^3 laundering*^2 laundering~2)'],
    ['A/RES/55/25', '+(a^3) +(res^3 res*^2) +(55^3 55*^2) +(25^3 25*^2)'],
  ])('%s → %s', (text, expected) => {
    expect(luceneQuery(text)).toBe(expected);
  });

  it('turns Lucene syntax in user text into plain words', () => {
    for (const hostile of ['title:"x" OR *:*', 'a AND b', '(((', '\\', 'x~10^99', '"unterminated', '}{][', '/regex/']) {
      const query = luceneQuery(hostile);
      if (query === null) continue;
      // Every clause is one of the forms the server writes, over letters and digits only.
      for (const clause of query.split(' +'))
        expect(clause.replace(/^\+/, '')).toMatch(
          /^\([\p{L}\p{N}]+\^3( [\p{L}\p{N}]+\*\^2)?( [\p{L}\p{N}]+~[12])?\)$/u,
        );
      expect(query).not.toMatch(/\b(AND|OR|NOT)\b/);
    }
  });

  it('is null for text without words, and keeps at most MAX_SEARCH_TERMS words', () => {
    expect(luceneQuery('  ?!* ')).toBeNull();
    expect(searchTerms('one two three four five six seven eight nine ten')).toHaveLength(MAX_SEARCH_TERMS);
  });

  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});
