// Body, Theme and Group: the organs named in paragraphs, the themes paragraphs address, and the
// families of instruments that texts cite as a whole.
import type { BodyResolvers, GroupResolvers, ThemeResolvers } from '../generated/resolvers-types.ts';
import { int, text } from '../cypher-rows.ts';
import { detailsOf, nodeFields } from './nodes.ts';

export const Body: BodyResolvers = {
  ...nodeFields,
  name: (b) => text(b, 'name') ?? b.id,
  acronym: (b) => text(b, 'acronym'),
  bodyKind: (b) => text(b, 'bodyKind') ?? 'other',
  partOf: async (b, _args, ctx) => (await detailsOf(ctx, b)).partOf,
  parts: async (b, _args, ctx) => (await detailsOf(ctx, b)).parts,
  mentionedIn: async (b, _args, ctx) => (await detailsOf(ctx, b)).mentionedIn,
  mentionCount: async (b, _args, ctx) => int(b, 'mentionCount') ?? (await detailsOf(ctx, b)).mentionedIn.length,
};

export const Theme: ThemeResolvers = {
  ...nodeFields,
  paragraphCount: async (t, _args, ctx) => int(t, 'paragraphCount') ?? (await detailsOf(ctx, t)).addressedBy,
};

export const Group: GroupResolvers = {
  ...nodeFields,
  title: (g) => text(g, 'title') ?? g.id,
  members: async (g, _args, ctx) => (await detailsOf(ctx, g)).members,
  citedBy: async (g, _args, ctx) => (await detailsOf(ctx, g)).citedBy,
};
