// The shapes the API's Cypher returns, as the resolvers receive them (codegen maps the GraphQL
// types onto these). A node is always its properties plus `labels`; what lies one hop away comes
// from the node-details loader, so a record never pretends to hold more than it does.
import { Label, kindOfLabel } from '../graph/model.ts';
import type { CitationVia, NodeKind } from './generated/resolvers-types.ts';
import type { Plain } from '../graph/values.ts';

/** A node as `n {.*, labels: labels(n)}` returns it. */
export interface NodeRecord {
  id: string;
  labels: string[];
  [property: string]: Plain | undefined;
}

export interface CitationRecord {
  id: string;
  paragraph: NodeRecord;
  target: NodeRecord;
  surface: string;
  start: number;
  end: number;
  via: CitationVia;
  footnote: NodeRecord | null;
}

export interface MentionRecord {
  id: string;
  paragraph: NodeRecord;
  body: NodeRecord;
  surface: string;
  start: number;
  end: number;
}

export interface AnnexRecord {
  annex: string | null;
  instrument: NodeRecord;
}

export interface CoCitationRecord {
  node: NodeRecord;
  count: number;
  paragraphs: NodeRecord[];
}

export interface SearchHitRecord {
  node: NodeRecord;
  score: number;
}

const LABELS = Object.values(Label);

/** The model label of a node (Paragraph, Instrument, ...), ignoring the shared ownership label. */
export function labelOf(node: NodeRecord): Label {
  const label = LABELS.find((l) => node.labels.includes(l));
  if (!label) throw new Error(`Node ${node.id} has none of the model's labels (${node.labels.join(', ')})`);
  return label;
}

export function kindOf(node: NodeRecord): NodeKind {
  return kindOfLabel[labelOf(node)];
}

/** How a CITES relationship was made: `via` as the seeder writes it (absent on old graphs: text). */
export function viaOf(value: Plain | undefined, id: string): CitationVia {
  if (value === undefined || value === null || value === 'text') return 'text';
  if (value === 'footnote') return 'footnote';
  throw new Error(`Citation ${id} has via ${JSON.stringify(value)}; the model allows text or footnote`);
}

/** A string property, or null when absent or empty. */
export function text(node: NodeRecord, key: string): string | null {
  const value = node[key];
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : String(value);
}

export function int(node: NodeRecord, key: string): number | null {
  const value = node[key];
  return typeof value === 'number' ? value : null;
}

export function strings(node: NodeRecord, key: string): string[] {
  const value = node[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A list of integers (a paragraph's pages), empty when absent. */
export function ints(node: NodeRecord, key: string): number[] {
  const value = node[key];
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

const SECTION_LABELS: Record<string, string> = {
  operative: '¶',
  preamble: 'Preamble',
  note: 'Note',
  'annex-operative': 'Annex ¶',
  'annex-preamble': 'Annex preamble',
};

/** The short human label of a node: ¶ 12, Preamble 7, Note 2, UNCAC, A/RES/55/25, UNODC. */
export function labelText(node: NodeRecord): string {
  switch (labelOf(node)) {
    case Label.Paragraph: {
      const section = text(node, 'section') ?? '';
      const number = int(node, 'number');
      const prefix = SECTION_LABELS[section] ?? capitalise(section.replace(/-/g, ' '));
      if (number !== null) return `${prefix} ${number}`;
      // Unnumbered (titles): the ordinal of the local id, title-2 → "Title 2".
      const ordinal = /-(\d+)$/.exec(text(node, 'localId') ?? '')?.[1];
      return [prefix || (text(node, 'localId') ?? node.id), ordinal].filter(Boolean).join(' ');
    }
    case Label.Footnote:
      return `Footnote ${text(node, 'marker') ?? '?'}`;
    case Label.Instrument:
      return text(node, 'acronym') ?? text(node, 'shortTitle') ?? text(node, 'title') ?? node.id;
    case Label.Resolution:
    case Label.Document:
      return text(node, 'symbol') ?? node.id;
    case Label.Body:
      return text(node, 'acronym') ?? text(node, 'name') ?? node.id;
    case Label.Theme:
      return text(node, 'name') ?? node.id;
    case Label.Group:
      return text(node, 'title') ?? node.id;
  }
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** One id for a CITES or MENTIONS relationship, shared by Citation.id and GraphEdge.id. */
export function relationshipId(
  type: string,
  source: string,
  target: string,
  props: { [key: string]: Plain | undefined },
): string {
  const at = typeof props.start === 'number' ? `@${props.start}-${props.end}` : '';
  const via = typeof props.via === 'string' ? `/${props.via}` : '';
  return `${type}:${source}->${target}${at}${via}`;
}

/** The parts of a CITES or MENTIONS id that relationshipId made: what finds the one relationship again. */
export interface RelationshipKey {
  type: string;
  paragraph: string;
  target: string;
  start: number;
  end: number;
  via: string | null;
}

/**
 * The parts of a citation's or mention's id, or null when the id is not one relationshipId made
 * for that type. A paragraph id (document#local) holds no "->", so the first one ends it.
 */
export function parseRelationshipId(type: string, id: string): RelationshipKey | null {
  if (!id.startsWith(`${type}:`)) return null;
  const match = /^(.+?)->(.+)@(\d+)-(\d+)(?:\/([a-z]+))?$/.exec(id.slice(type.length + 1));
  if (!match) return null;
  const [, paragraph, target, start, end, via] = match;
  return { type, paragraph: paragraph!, target: target!, start: Number(start), end: Number(end), via: via ?? null };
}
