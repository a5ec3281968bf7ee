// `search`: ranked hits from the full-text index, tolerant of typos and prefixes, for typeahead.
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { badInput, checkRange } from '../errors.ts';
import type { NodeRecord, SearchHitRecord } from '../cypher-rows.ts';
import { luceneQuery } from '../search-query.ts';

const MAX_SEARCH_TEXT = 200;

export const searchQueries: QueryResolvers = {
  search: async (_root, { text, limit }, ctx) => {
    if (text.length > MAX_SEARCH_TEXT) throw badInput('text', `must be at most ${MAX_SEARCH_TEXT} characters`);
    const size = checkRange('limit', limit ?? 10, 1, ctx.config.maxPageSize);
    const query = luceneQuery(text);
    if (!query) return [];
    const rows = await ctx.db.read('search', { query, limit: size });
    return rows.map((row): SearchHitRecord => ({ node: row.node as unknown as NodeRecord, score: Number(row.score) }));
  },
};
