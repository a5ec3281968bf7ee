// Who cites a target, and what is cited alongside it: each one query, names resolved inside it.
// One citation or mention by its id (the id of its edge too): one query from the paragraph.
import { Rel } from '../../graph/model.ts';
import type { Plain } from '../../graph/values.ts';
import type { ApiContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { badInput, checkKey } from '../errors.ts';
import { citation, mention, onlyCandidate, requireNode } from '../loaders/node-details.ts';
import { parseRelationshipId, type CoCitationRecord, type NodeRecord } from '../cypher-rows.ts';

type Obj = { [key: string]: Plain };

/** The paragraph and the link (rel, target, footnote) an id names, or null when none has it. */
async function paragraphLink(
  ctx: ApiContext,
  type: Rel,
  id: string,
): Promise<{ paragraph: NodeRecord; link: Obj } | null> {
  const key = parseRelationshipId(type, checkKey('id', id));
  if (!key)
    throw badInput(
      'id',
      `is not a ${type} id such as ${type}:document#op-4->target@10-52${type === Rel.CITES ? '/text' : ''} (Citation.id, Mention.id or an edge's id)`,
    );
  const [row] = await ctx.db.read('paragraph-link', { ...key });
  return row ? { paragraph: row.paragraph as unknown as NodeRecord, link: row.link as Obj } : null;
}

export const citationQueries: QueryResolvers = {
  citations: async (_root, { target }, ctx) => (await requireNode(ctx, 'target', target)).citedBy,

  citation: async (_root, { id }, ctx) => {
    const found = await paragraphLink(ctx, Rel.CITES, id);
    return found && citation(found.link, found.paragraph, found.link.target as unknown as NodeRecord);
  },

  mention: async (_root, { id }, ctx) => {
    const found = await paragraphLink(ctx, Rel.MENTIONS, id);
    return found && mention(found.link, found.paragraph, found.link.target as unknown as NodeRecord);
  },

  coCitations: async (_root, { target, adoptionsApart }, ctx) => {
    const [row] = await ctx.db.resolve('co-citations', [checkKey('target', target)], {
      adoptionsApart: adoptionsApart === true,
    });
    onlyCandidate('target', target, row?.ids);
    return (row?.coCitations ?? []) as unknown as CoCitationRecord[];
  },
};
