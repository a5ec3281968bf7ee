// Turns the curated catalogue into the parameter rows of the catalogue statements: one list per
// node label and per relationship type. Pure, so the mapping is testable without a database.
import type { Catalogue } from '../catalogue/schema.ts';

export interface Link {
  from: string;
  to: string;
}

export interface CatalogueRows {
  instruments: Record<string, unknown>[];
  resolutions: Record<string, unknown>[];
  bodies: Record<string, unknown>[];
  groups: Record<string, unknown>[];
  themes: Record<string, unknown>[];
  supplements: Link[];
  amends: Link[];
  instrumentAdoptedBy: Link[];
  resolutionAdoptedBy: Link[];
  annexes: (Link & { annex: string })[];
  partOf: Link[];
  memberOf: Link[];
}

/** One string the full-text index can search, so every alias is found by one field. */
export function aliasText(phrases: readonly string[]): string {
  return phrases.join(' | ');
}

export function catalogueRows(catalogue: Catalogue): CatalogueRows {
  const bodyIds = new Set(catalogue.bodies.map((b) => b.id));
  return {
    instruments: catalogue.instruments.map((i) => ({
      id: i.id,
      instrumentKind: i.kind,
      title: i.title,
      shortTitle: i.shortTitle ?? null,
      acronym: i.acronym ?? null,
      aliases: i.aliases,
      aliasText: aliasText(i.aliases),
      adopted: i.adopted ?? null,
      openedForSignature: i.openedForSignature ?? null,
      enteredIntoForce: i.enteredIntoForce ?? null,
      untsVolume: i.unts?.volume ?? null,
      untsNumber: i.unts?.number ?? null,
      sources: i.sources,
    })),
    resolutions: catalogue.resolutions.map((r) => ({
      symbol: r.symbol,
      organ: r.organ,
      title: r.title ?? null,
      adopted: r.adopted ?? null,
      sources: r.sources,
    })),
    bodies: catalogue.bodies.map((b) => ({
      id: b.id,
      name: b.name,
      acronym: b.acronym ?? null,
      bodyKind: b.kind,
      aliases: b.aliases,
      aliasText: aliasText(b.aliases),
    })),
    groups: catalogue.groups.map((g) => ({ id: g.id, title: g.title, aliasText: aliasText(g.phrases) })),
    themes: catalogue.themes.map((t) => ({ id: t.id, name: t.label })),
    supplements: catalogue.instruments.flatMap((i) => (i.supplements ? [{ from: i.id, to: i.supplements }] : [])),
    amends: catalogue.instruments.flatMap((i) => (i.amends ? [{ from: i.id, to: i.amends }] : [])),
    instrumentAdoptedBy: catalogue.instruments.flatMap((i) =>
      i.adoptedBy ? [{ from: i.id, to: i.adoptedBy.resolution }] : [],
    ),
    // The organ codes of resolutions (ga, ecosoc, sc, hrc) are the ids of those bodies; "other" names none.
    resolutionAdoptedBy: catalogue.resolutions.flatMap((r) =>
      bodyIds.has(r.organ) ? [{ from: r.symbol, to: r.organ }] : [],
    ),
    // Only an adoptedBy that names the annex says the resolution carries the text; without one the
    // instrument may be a separate document the resolution merely adopts.
    annexes: catalogue.instruments.flatMap((i) =>
      i.adoptedBy?.annex ? [{ from: i.adoptedBy.resolution, to: i.id, annex: i.adoptedBy.annex }] : [],
    ),
    partOf: catalogue.bodies.flatMap((b) => (b.partOf ? [{ from: b.id, to: b.partOf }] : [])),
    memberOf: catalogue.instruments.flatMap((i) => i.groups.map((g) => ({ from: i.id, to: g }))),
  };
}
