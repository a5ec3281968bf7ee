// Instrument and Resolution: what paragraphs cite, with the catalogue's links between them.
import type {
  AnnexedInstrumentResolvers,
  InstrumentResolvers,
  ResolutionResolvers,
} from '../generated/resolvers-types.ts';
import { int, strings, text } from '../cypher-rows.ts';
import { detailsOf, nodeFields } from './nodes.ts';

export const Instrument: InstrumentResolvers = {
  ...nodeFields,
  instrumentKind: (i) => text(i, 'instrumentKind') ?? 'other',
  title: (i) => text(i, 'title') ?? text(i, 'shortTitle') ?? i.id,
  shortTitle: (i) => text(i, 'shortTitle'),
  acronym: (i) => text(i, 'acronym'),
  aliases: (i) => strings(i, 'aliases'),
  adopted: (i) => text(i, 'adopted'),
  openedForSignature: (i) => text(i, 'openedForSignature'),
  enteredIntoForce: (i) => text(i, 'enteredIntoForce'),
  uncatalogued: (i) => i.uncatalogued === true,
  registration: (i) => {
    const volume = int(i, 'untsVolume');
    const number = int(i, 'untsNumber');
    return volume === null || number === null ? null : { volume, number };
  },
  adoptedBy: async (i, _args, ctx) => (await detailsOf(ctx, i)).adoptedBy,
  supplements: async (i, _args, ctx) => (await detailsOf(ctx, i)).supplements,
  supplementedBy: async (i, _args, ctx) => (await detailsOf(ctx, i)).supplementedBy,
  groups: async (i, _args, ctx) => (await detailsOf(ctx, i)).groups,
  citedBy: async (i, _args, ctx) => (await detailsOf(ctx, i)).citedBy,
  citationCount: async (i, _args, ctx) => int(i, 'citationCount') ?? (await detailsOf(ctx, i)).citedBy.length,
};

export const Resolution: ResolutionResolvers = {
  ...nodeFields,
  symbol: (r) => text(r, 'symbol') ?? r.id,
  organ: (r) => text(r, 'organ'),
  title: (r) => text(r, 'title'),
  adopted: (r) => text(r, 'adopted'),
  annexes: async (r, _args, ctx) => (await detailsOf(ctx, r)).annexes,
  adoptedBy: async (r, _args, ctx) => (await detailsOf(ctx, r)).adoptedBy,
  citedBy: async (r, _args, ctx) => (await detailsOf(ctx, r)).citedBy,
  citationCount: async (r, _args, ctx) => int(r, 'citationCount') ?? (await detailsOf(ctx, r)).citedBy.length,
};

export const AnnexedInstrument: AnnexedInstrumentResolvers = {
  annex: (a) => a.annex,
  instrument: (a) => a.instrument,
};
