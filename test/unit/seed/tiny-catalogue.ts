// A small catalogue built in the tests, so stage tests do not depend on the curated data.
import type { Catalogue } from '../../../seed/catalogue/schema.ts';

export function tinyCatalogue(): Catalogue {
  const sources = ['test'];
  return {
    instruments: [
      {
        id: 'toc',
        kind: 'convention',
        title: 'Convention against Organized Crime',
        acronym: 'CAOC',
        aliases: [],
        adoptedBy: { resolution: 'A/RES/10/1', annex: 'I' },
        groups: [],
        sources,
      },
      {
        id: 'toc-protocol-a',
        kind: 'protocol',
        title: 'Protocol on Alpha',
        aliases: [],
        adoptedBy: { resolution: 'A/RES/10/1', annex: 'II' },
        supplements: 'toc',
        groups: [],
        sources,
      },
      {
        id: 'toc-protocol-b',
        kind: 'protocol',
        title: 'Protocol on Beta',
        aliases: [],
        adoptedBy: { resolution: 'A/RES/10/1', annex: 'III' },
        supplements: 'toc',
        groups: [],
        sources,
      },
      {
        id: 'heritage',
        kind: 'convention',
        title: 'Convention on the Protection of the Heritage of Small Islands',
        aliases: [],
        unts: { volume: 100, number: 2000 },
        groups: [],
        sources,
      },
      {
        id: 'charter',
        kind: 'charter',
        title: 'Charter of the United Nations',
        shortTitle: 'Charter',
        aliases: [],
        groups: [],
        sources,
      },
    ],
    resolutions: [{ symbol: 'A/RES/10/1', organ: 'ga', title: 'Convention against Organized Crime', sources }],
    bodies: [
      { id: 'ga', kind: 'organ', name: 'General Assembly', aliases: [], shortForms: ['the Assembly'], sources },
      {
        id: 'commission',
        kind: 'commission',
        name: 'Commission on Island Affairs',
        acronym: 'CIA',
        aliases: [],
        shortForms: ['the Commission'],
        sources,
      },
      {
        id: 'office',
        kind: 'office',
        name: 'United Nations Office for Islands',
        acronym: 'UNOFI',
        aliases: [],
        shortForms: ['the Office'],
        sources,
      },
    ],
    groups: [
      {
        id: 'island-instruments',
        title: 'International instruments on islands',
        phrases: ['international instruments on islands'],
        sources,
      },
    ],
    themes: [
      { id: 'money-laundering', label: 'Money-laundering', terms: ['money-laundering'] },
      { id: 'islands', label: 'Islands', terms: ['island'] },
    ],
  };
}
