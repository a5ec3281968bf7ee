// `paragraphs`: a filtered page of paragraphs in reading order with cursor pagination, in one
// query (the names in the filter are resolved inside it).
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { checkKey, checkRange } from '../errors.ts';
import { onlyCandidate } from '../loaders/node-details.ts';
import type { NodeRecord } from '../cypher-rows.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

const DEFAULT_PAGE = 20;

export const paragraphQueries: QueryResolvers = {
  paragraphs: async (_root, { filter, first, after }, ctx) => {
    const size = checkRange('first', first ?? DEFAULT_PAGE, 0, ctx.config.maxPageSize);
    const cursor = after ? decodeCursor(after) : null;
    const f = filter ?? {};
    const optional = (name: string, value: string | null | undefined) =>
      value ? checkKey(`filter.${name}`, value) : null;
    const params = {
      document: optional('document', f.document),
      cites: optional('cites', f.cites),
      mentions: optional('mentions', f.mentions),
      theme: optional('theme', f.theme),
      section: optional('section', f.section),
      text: optional('text', f.text),
      afterDocument: cursor?.document ?? null,
      afterOrder: cursor?.order ?? null,
      first: size,
    };
    const [row] = await ctx.db.resolve('paragraphs', [params.cites, params.mentions], params);
    // A name in the filter that names nothing, or several things, is the caller's mistake to hear about.
    const keys = (row?.keys ?? []) as { key: string; ids: string[] }[];
    for (const [name, value] of [
      ['cites', params.cites],
      ['mentions', params.mentions],
    ] as const) {
      if (value) onlyCandidate(`filter.${name}`, value, keys.find((k) => k.key === value)?.ids);
    }
    const page = (row?.page ?? []) as unknown as NodeRecord[];
    const edges: { cursor: string; node: NodeRecord }[] = page
      .slice(0, size)
      .map((node) => ({ cursor: encodeCursor(node), node }));
    return {
      edges,
      pageInfo: { hasNextPage: page.length > size, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: Number(row?.totalCount ?? 0),
    };
  },
};
