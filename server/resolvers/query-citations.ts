// Who cites a target, and what is cited alongside it: each one query, names resolved inside it.
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { checkKey } from '../errors.ts';
import { onlyCandidate, requireNode } from '../loaders/node-details.ts';
import type { CoCitationRecord } from '../records.ts';

export const citationQueries: QueryResolvers = {
  citations: async (_root, { target }, ctx) => (await requireNode(ctx, 'target', target)).citedBy,

  coCitations: async (_root, { target, adoptionsApart }, ctx) => {
    const [row] = await ctx.db.resolve('co-citations', [checkKey('target', target)], { adoptionsApart: adoptionsApart === true });
    onlyCandidate('target', target, row?.ids);
    return (row?.coCitations ?? []) as unknown as CoCitationRecord[];
  },
};
