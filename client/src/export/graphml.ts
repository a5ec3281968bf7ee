// GraphML for a subgraph: every data field becomes a <key>, typed by the values it holds, so
// Gephi, yEd and networkx read the citations' surfaces and offsets as attributes.
import type { Subgraph } from '../types.ts';

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

type GraphMLType = 'string' | 'double' | 'boolean';
const typeOf = (v: unknown): GraphMLType =>
  typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
const text = (v: unknown) =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);

export function toGraphML(sub: Subgraph): string {
  const nodeRows = sub.nodes.map((n) => ({ id: n.id, fields: { kind: n.kind, label: n.label, ...(n.data ?? {}) } }));
  const edgeRows = sub.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    fields: { type: e.type, ...(e.data ?? {}) },
  }));
  const keys = (rows: { fields: Record<string, unknown> }[]) => {
    const types = new Map<string, GraphMLType>();
    for (const r of rows)
      for (const [k, v] of Object.entries(r.fields)) {
        if (v === null || v === undefined) continue;
        const t = typeOf(v);
        types.set(k, types.has(k) && types.get(k) !== t ? 'string' : t);
      }
    return types;
  };
  const nodeKeys = keys(nodeRows);
  const edgeKeys = keys(edgeRows);
  const data = (prefix: string, fields: Record<string, unknown>, known: Map<string, GraphMLType>) =>
    Object.entries(fields)
      .filter(([k, v]) => v !== null && v !== undefined && known.has(k))
      .map(([k, v]) => `<data key="${prefix}_${escapeXml(k)}">${escapeXml(text(v))}</data>`)
      .join('');
  const keyLines = (prefix: string, target: string, known: Map<string, GraphMLType>) =>
    [...known].map(
      ([k, t]) =>
        `  <key id="${prefix}_${escapeXml(k)}" for="${target}" attr.name="${escapeXml(k)}" attr.type="${t}"/>`,
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keyLines('n', 'node', nodeKeys),
    ...keyLines('e', 'edge', edgeKeys),
    '  <graph id="instrument-graph" edgedefault="directed">',
    ...nodeRows.map((n) => `    <node id="${escapeXml(n.id)}">${data('n', n.fields, nodeKeys)}</node>`),
    ...edgeRows.map(
      (e) =>
        `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${data('e', e.fields, edgeKeys)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
