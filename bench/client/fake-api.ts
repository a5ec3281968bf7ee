// A stand-in for the API, for the client benchmark and for working on the client without Neo4j:
// serves client/dist and answers the explorer's GraphQL operations (by operation name) from the
// extractor's record of the Bangkok Declaration, or from a synthetic graph of any size.
// It is not the API: the end-to-end tests run against the real server.
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { commandLine } from '../../seed/cli/command-line.ts';
import { extractFile } from '../../seed/extract.ts';
import type { GraphEdge, GraphNode, NodeKind, Subgraph } from '../../client/src/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

interface Store {
  graph: Subgraph;
  paragraphs: Map<string, Record<string, unknown>>;
  documents: Record<string, unknown>[];
}

/** The Bangkok Declaration as the API would draw it, built from the extractor's record. */
export function bangkokStore(): Store {
  const doc = extractFile(join(ROOT, 'seed/corpus/E-CN.15-2005-5.txt'));
  const sym = doc.document.symbol;
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const add = (n: GraphNode) => nodes.has(n.id) || nodes.set(n.id, n);
  add({ id: sym, kind: 'document', label: sym, data: { symbol: sym, title: doc.document.title } });
  const paragraphs = new Map<string, Record<string, unknown>>();
  const fnText = new Map(doc.footnotes.map((f) => [f.marker, f.text]));
  doc.paragraphs.forEach((p, order) => {
    const id = `${sym}#${p.id}`;
    const label = p.section === 'preamble' ? `Preamble ${p.number}` : p.number ? `¶ ${p.number}` : p.id;
    add({
      id,
      kind: 'paragraph',
      label,
      data: { localId: p.id, section: p.section, number: p.number, order, themes: p.themes },
    });
    edges.push({ id: `hp:${id}`, source: sym, target: id, type: 'HAS_PARAGRAPH', data: { order } });
    if (order > 0)
      edges.push({
        id: `next:${id}`,
        source: `${sym}#${doc.paragraphs[order - 1]!.id}`,
        target: id,
        type: 'NEXT',
        data: {},
      });
    const citations = p.citations.map((c, i) => {
      const t = c.target;
      add({
        id: t.id,
        kind: t.kind,
        label: t.acronym ?? t.shortTitle ?? t.symbol ?? t.title ?? t.id,
        data: { title: t.title },
      });
      const eid = `cites:${id}:${i}`;
      edges.push({
        id: eid,
        source: id,
        target: t.id,
        type: 'CITES',
        data: { surface: c.surface, start: c.start, end: c.end, via: c.via, footnote: c.footnote ?? null },
      });
      return {
        id: eid,
        surface: c.surface,
        start: c.start,
        end: c.end,
        via: c.via,
        sentence: sentenceOf(p.text, c.start),
        footnote: c.footnote ? { marker: c.footnote, text: fnText.get(c.footnote) ?? '' } : null,
        target: { id: t.id, kind: t.kind, label: nodes.get(t.id)!.label },
      };
    });
    const mentions = p.mentions.map((m, i) => {
      add({ id: m.target.id, kind: 'body', label: m.target.acronym ?? m.target.title, data: {} });
      edges.push({
        id: `mentions:${id}:${i}`,
        source: id,
        target: m.target.id,
        type: 'MENTIONS',
        data: { surface: m.surface, start: m.start, end: m.end },
      });
      return {
        id: `mentions:${id}:${i}`,
        surface: m.surface,
        start: m.start,
        end: m.end,
        body: { id: m.target.id, kind: 'body', label: nodes.get(m.target.id)!.label },
      };
    });
    for (const theme of p.themes) {
      add({ id: theme, kind: 'theme', label: theme.replace(/-/g, ' '), data: {} });
      edges.push({ id: `addresses:${id}:${theme}`, source: id, target: theme, type: 'ADDRESSES', data: {} });
    }
    const footnotes = doc.footnotes
      .filter((f) => f.paragraph === p.id)
      .map((f) => ({ id: `${sym}#fn-${f.marker}`, marker: f.marker, text: f.text }));
    for (const f of footnotes) {
      add({ id: f.id, kind: 'footnote', label: `fn ${f.marker}`, data: { marker: f.marker } });
      edges.push({ id: `hf:${f.id}`, source: id, target: f.id, type: 'HAS_FOOTNOTE', data: {} });
    }
    paragraphs.set(id, {
      id,
      kind: 'paragraph',
      label,
      localId: p.id,
      section: p.section,
      number: p.number,
      order,
      text: p.text,
      citations,
      mentions,
      footnotes,
      themes: p.themes.map((t) => ({ id: t, kind: 'theme', label: t })),
      document: { symbol: sym },
    });
  });
  const documents = [
    {
      symbol: sym,
      title: doc.document.title,
      date: null,
      paragraphCount: doc.paragraphs.length,
      paragraphs: [...paragraphs.values()],
      footnotes: doc.footnotes.map((f) => ({ id: `${sym}#fn-${f.marker}`, marker: f.marker, text: f.text })),
    },
  ];
  return { graph: { nodes: [...nodes.values()], edges }, paragraphs, documents };
}

function sentenceOf(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at) + 2, 0);
  const end = text.indexOf('. ', at);
  return text.slice(start === 1 ? 0 : start, end < 0 ? text.length : end + 1);
}

/** n nodes and m edges in clusters, with positions precomputed (fcose would take far too long). */
export function syntheticGraph(n: number, m: number, seed = 7): Subgraph {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const kinds: NodeKind[] = ['paragraph', 'paragraph', 'paragraph', 'instrument', 'resolution', 'body', 'theme'];
  const clusters = Math.ceil(n / 100);
  const nodes: GraphNode[] = Array.from({ length: n }, (_, i) => {
    const c = i % clusters;
    const angle = (2 * Math.PI * c) / clusters;
    const radius = 1200 + 600 * (c % 3);
    return {
      id: `n${i}`,
      kind: kinds[i % kinds.length]!,
      label: `N ${i}`,
      data: {
        order: i,
        x: radius * Math.cos(angle) + (rand() - 0.5) * 300,
        y: radius * Math.sin(angle) + (rand() - 0.5) * 300,
      },
    };
  });
  const edges: GraphEdge[] = Array.from({ length: m }, (_, i) => {
    const a = Math.floor(rand() * n);
    const b = rand() < 0.8 ? (a + clusters * (1 + Math.floor(rand() * 5))) % n : Math.floor(rand() * n);
    return {
      id: `e${i}`,
      source: `n${a}`,
      target: `n${b}`,
      type: i % 3 ? 'CITES' : 'MENTIONS',
      data: { surface: `words ${i}`, start: 0, end: 5, via: 'text' },
    };
  });
  return { nodes, edges };
}

export interface FakeApiOptions {
  /** Milliseconds before each GraphQL answer, to show the loading state. */
  delayMs?: number;
  /** The graph the `graph` query answers; the Bangkok record by default. */
  graph?: Subgraph;
}

export async function startFakeApi(
  options: FakeApiOptions = {},
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const store = bangkokStore();
  const graph = options.graph ?? store.graph;
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const dist = join(ROOT, 'client/dist');
  const neighborhood = (id: string) => {
    const edges = graph.edges.filter((e) => e.source === id || e.target === id);
    const ids = new Set([id, ...edges.flatMap((e) => [e.source, e.target])]);
    return { nodes: [...ids].map((i) => nodeById.get(i)).filter(Boolean), edges };
  };
  const answer = (op: string, v: Record<string, string>): unknown => {
    const citationsOf = (target: string) =>
      [...store.paragraphs.values()].flatMap((p) =>
        (p.citations as { target: { id: string } }[])
          .filter((c) => c.target.id === target)
          .map((c) => ({ ...c, paragraph: { id: p.id, kind: 'paragraph', label: p.label, text: p.text } })),
      );
    switch (op) {
      case 'Graph':
        return { graph };
      case 'Themes':
        return {
          themes: graph.nodes
            .filter((n) => n.kind === 'theme')
            .map((t) => ({
              id: t.id,
              kind: 'theme',
              label: t.label,
              paragraphCount: graph.edges.filter((e) => e.target === t.id).length,
            })),
        };
      case 'Documents':
        return {
          documents: store.documents.map(({ symbol, title, date, paragraphCount }) => ({
            symbol,
            title,
            date,
            paragraphCount,
          })),
        };
      case 'Document':
        return { document: store.documents.find((d) => d.symbol === v.symbol) ?? null };
      case 'Paragraph':
        return { paragraph: store.paragraphs.get(v.id!) ?? null };
      case 'Neighborhood':
        return { neighborhood: neighborhood(v.id!) };
      case 'Expand': {
        // One relationship type and direction, when asked, as the real API filters them.
        const all = neighborhood(v.id!);
        const edges = all.edges.filter(
          (e) =>
            (!v.rel || e.type === v.rel) &&
            (v.direction !== 'OUT' || e.source === v.id) &&
            (v.direction !== 'IN' || e.target === v.id),
        );
        const ids = new Set([v.id!, ...edges.flatMap((e) => [e.source, e.target])]);
        return { neighborhood: { nodes: all.nodes.filter((n) => ids.has(n!.id)), edges } };
      }
      case 'Citations':
        return { citations: citationsOf(v.target!) };
      case 'Node': {
        const n = nodeById.get(v.id!);
        return {
          node: n ? { id: n.id, kind: n.kind, label: n.label, ...(n.data ?? {}), citedBy: citationsOf(n.id) } : null,
        };
      }
      case 'Search': {
        const q = v.text!.toLowerCase();
        const hits = graph.nodes.filter(
          (n) =>
            n.label.toLowerCase().includes(q) ||
            String(n.data?.title ?? '')
              .toLowerCase()
              .includes(q) ||
            String(store.paragraphs.get(n.id)?.text ?? '')
              .toLowerCase()
              .includes(q),
        );
        return {
          search: hits
            .slice(0, 10)
            .map((n) => ({ score: 1, node: { id: n.id, kind: n.kind, label: n.label, title: n.data?.title } })),
        };
      }
      case 'CoCitations':
        return { coCitations: [] };
      case 'Path':
        return { path: null };
      default:
        throw new Error(`fake API: no ${op}`);
    }
  };
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/graphql')) {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, string> };
        const op = /query\s+(\w+)/.exec(query)?.[1] ?? '';
        setTimeout(() => {
          res.setHeader('content-type', 'application/json');
          try {
            res.end(JSON.stringify({ data: answer(op, variables) }));
          } catch (error) {
            res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
          }
        }, options.delayMs ?? 0);
      });
      return;
    }
    const path = (req.url ?? '/').split('?')[0]!;
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.statusCode = 404;
      return res.end('not found');
    }
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, server, close: () => new Promise((r) => server.close(() => r())) };
}

// `tsx bench/client/fake-api.ts` runs it on its own, for working on the client by hand.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values } = commandLine(
    'fake-api',
    `Usage: npx tsx bench/client/fake-api.ts [--delay-ms N]

Serves the built explorer (client/dist) with a stand-in API on a free port of 127.0.0.1.

  --delay-ms N   wait N ms before each answer (DELAY_MS, 0)`,
    { options: { 'delay-ms': { type: 'string', default: process.env.DELAY_MS ?? '0' } } },
  );
  const delayMs = Number(values['delay-ms']);
  if (!Number.isFinite(delayMs) || delayMs < 0) {
    console.error(`fake-api: --delay-ms must be a number of milliseconds, not "${values['delay-ms']}"`);
    process.exit(2);
  }
  void startFakeApi({ delayMs }).then(({ url }) => console.log(`fake API and client at ${url}`));
}
