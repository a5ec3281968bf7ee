// The shape of the curated catalogue (seed/catalogue/*.json), checked when read so that a typo in
// the data fails with the file and the field, not later as a silently missing link.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date yyyy-mm-dd');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case slug id');

/** Where a fact comes from: "text:E/CN.15/2005/5 fn 5", "UNTS", "A/RES/55/25", a URL-less citation. */
const sources = z.array(z.string().min(1)).min(1);

export const instrumentKinds = [
  'convention',
  'protocol',
  'treaty',
  'declaration',
  'guidelines',
  'rules',
  'principles',
  'standards',
  'charter',
  'programme',
  'draft',
  'amendment',
  'other',
] as const;

export const InstrumentEntry = z.object({
  id,
  kind: z.enum(instrumentKinds),
  title: z.string().min(1),
  shortTitle: z.string().optional(),
  acronym: z.string().optional(),
  /** Other names and variants the texts use ("Palermo Convention", "Convention on Means of ..."). */
  aliases: z.array(z.string()).default([]),
  adopted: isoDate.optional(),
  openedForSignature: isoDate.optional(),
  enteredIntoForce: isoDate.optional(),
  /** Symbol of the adopting resolution (A/RES/55/25) and the annex that holds the text. */
  adoptedBy: z.object({ resolution: z.string(), annex: z.string().optional() }).optional(),
  unts: z.object({ volume: z.number().int().positive(), number: z.number().int().positive() }).optional(),
  /** Id of the instrument this one supplements (a protocol's convention). */
  supplements: id.optional(),
  /** Id of the instrument this one amends (an amendment is an instrument of its own). */
  amends: id.optional(),
  /** Ids of the groups (families) this instrument belongs to. */
  groups: z.array(id).default([]),
  sources,
});

export const organs = ['ga', 'ecosoc', 'sc', 'hrc', 'other'] as const;

export const ResolutionEntry = z.object({
  /** The normalised symbol is the id: A/RES/55/25, E/RES/2002/13, S/RES/1373 (2001). */
  symbol: z.string().regex(/^(A|E|S|A\/HRC)\/RES\//, 'expected a resolution symbol such as A/RES/55/25'),
  organ: z.enum(organs),
  title: z.string().optional(),
  adopted: isoDate.optional(),
  sources,
});

export const bodyKinds = [
  'organ',
  'subsidiary',
  'commission',
  'committee',
  'office',
  'department',
  'programme',
  'institute',
  'secretariat',
  'conference',
  'agency',
  'other',
] as const;

export const BodyEntry = z.object({
  id,
  kind: z.enum(bodyKinds),
  name: z.string().min(1),
  acronym: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  /** Short forms that name this body only where the context makes it unambiguous ("the Commission"). */
  shortForms: z.array(z.string()).default([]),
  partOf: id.optional(),
  sources,
});

export const GroupEntry = z.object({
  id,
  title: z.string().min(1),
  /** Phrases that name the family as a whole ("the international drug control conventions"). */
  phrases: z.array(z.string()).min(1),
  sources,
});

export const ThemeEntry = z.object({
  id,
  label: z.string().min(1),
  /** Words or phrases that signal the theme, matched case-insensitively on word boundaries. */
  terms: z.array(z.string()).min(1),
});

export type InstrumentEntry = z.infer<typeof InstrumentEntry>;
export type ResolutionEntry = z.infer<typeof ResolutionEntry>;
export type BodyEntry = z.infer<typeof BodyEntry>;
export type GroupEntry = z.infer<typeof GroupEntry>;
export type ThemeEntry = z.infer<typeof ThemeEntry>;

export interface Catalogue {
  instruments: InstrumentEntry[];
  resolutions: ResolutionEntry[];
  bodies: BodyEntry[];
  groups: GroupEntry[];
  themes: ThemeEntry[];
}

/** One file per entry kind, each a JSON array. */
export const catalogueFiles = {
  instruments: { file: 'instruments.json', entry: InstrumentEntry },
  resolutions: { file: 'resolutions.json', entry: ResolutionEntry },
  bodies: { file: 'bodies.json', entry: BodyEntry },
  groups: { file: 'groups.json', entry: GroupEntry },
  themes: { file: 'themes.json', entry: ThemeEntry },
} as const;
