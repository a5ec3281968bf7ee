// Small hand-made catalogue and records for the loader tests, so they exercise every statement,
// without depending on the extractor's output; and a snapshot of the graph to compare states.
import type { Database } from '../../../graph/database.ts';
import type { Catalogue } from '../../../seed/catalogue/schema.ts';
import type { Citation, CitationTarget, ExtractedDocument, Paragraph } from '../../../seed/extracted-document.ts';
import type { ExtractFile } from '../../../seed/seed-documents.ts';

export const catalogue: Catalogue = {
  instruments: [
    {
      id: 'uncac',
      kind: 'convention',
      title: 'United Nations Convention against Corruption',
      acronym: 'UNCAC',
      aliases: ['Convention against Corruption'],
      adoptedBy: { resolution: 'A/RES/58/4' },
      unts: { volume: 2349, number: 42146 },
      groups: ['crime-instruments'],
      sources: ['A/RES/58/4'],
    },
    {
      id: 'untoc',
      kind: 'convention',
      title: 'United Nations Convention against Transnational Organized Crime',
      aliases: [],
      adoptedBy: { resolution: 'A/RES/55/25', annex: 'I' },
      groups: ['crime-instruments'],
      sources: ['A/RES/55/25'],
    },
    {
      id: 'untoc-smuggling-protocol',
      kind: 'protocol',
      title: 'Protocol against the Smuggling of Migrants',
      aliases: [],
      adoptedBy: { resolution: 'A/RES/55/25', annex: 'III' },
      supplements: 'untoc',
      groups: [],
      sources: ['A/RES/55/25'],
    },
  ],
  resolutions: [
    { symbol: 'A/RES/58/4', organ: 'ga', title: 'United Nations Convention against Corruption', sources: ['x'] },
    { symbol: 'A/RES/55/25', organ: 'ga', sources: ['x'] },
  ],
  bodies: [
    { id: 'ga', kind: 'organ', name: 'General Assembly', aliases: [], shortForms: [], sources: ['x'] },
    {
      id: 'unodc',
      kind: 'office',
      name: 'United Nations Office on Drugs and Crime',
      acronym: 'UNODC',
      aliases: [],
      shortForms: [],
      partOf: 'ga',
      sources: ['x'],
    },
  ],
  groups: [{ id: 'crime-instruments', title: 'Crime instruments', phrases: ['the crime conventions'], sources: ['x'] }],
  themes: [
    { id: 'corruption', label: 'Corruption', terms: ['corruption'] },
    { id: 'organized-crime', label: 'Organized crime', terms: ['organized crime'] },
  ],
};

export function instrument(id: string, extra: Partial<CitationTarget> = {}): CitationTarget {
  return { id, kind: 'instrument', ...extra };
}

export function resolution(symbol: string, extra: Partial<CitationTarget> = {}): CitationTarget {
  return { id: symbol, kind: 'resolution', symbol, ...extra };
}

/** A citation of `target` by the words `surface`, found in `text`. */
export function cite(text: string, surface: string, target: CitationTarget, footnote?: string): Citation {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`"${surface}" is not in "${text}"`);
  return {
    target,
    surface,
    start,
    end: start + surface.length,
    via: footnote ? 'footnote' : 'text',
    ...(footnote ? { footnote } : {}),
  };
}

export function paragraph(id: string, text: string, citations: Citation[] = [], themes: string[] = []): Paragraph {
  const number = /(\d+)$/.exec(id);
  return {
    id,
    section: id.startsWith('op') ? 'operative' : 'preamble',
    number: number ? Number(number[1]) : null,
    text,
    citations,
    mentions: [],
    themes,
  };
}

export function record(
  symbol: string,
  paragraphs: Paragraph[],
  footnotes: ExtractedDocument['footnotes'] = [],
): ExtractedDocument {
  return {
    document: { symbol, title: `Test document ${symbol}`, kind: 'document' },
    paragraphs,
    footnotes,
    warnings: [],
  };
}

/** An extractor that serves records by file name, and fails for names it does not know. */
export function extractFrom(records: Record<string, ExtractedDocument>): ExtractFile {
  return (file) => {
    const found = records[file];
    if (!found) throw new Error(`${file}: no such file`);
    return structuredClone(found);
  };
}

/** Every node and relationship of this project, as sorted plain values, to compare two states. */
export async function snapshot(db: Database): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await db.read('MATCH (n:InstrumentGraph) RETURN n AS node');
  const relationships = await db.read(
    'MATCH (a:InstrumentGraph)-[r]->(b:InstrumentGraph) RETURN a.id AS from, r AS rel, b.id AS to',
  );
  return {
    nodes: nodes.map((row) => stable(row.node)).sort(),
    relationships: relationships.map((row) => stable(row)).sort(),
  };
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
