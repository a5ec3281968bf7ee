// Tracing: the shortest path between two nodes, the paragraphs that cite a target (with their
// sentences), and what is cited together with a target. Each asks the API, makes sure the
// answer's nodes are on the canvas, highlights them, and lists them in the details panel.
import type { Api } from '../api.ts';
import { Rel } from '../../../graph/model.ts';
import { fill, h } from '../dom.ts';
import type { Canvas } from '../canvas/canvas.ts';
import { CITATIONS, CO_CITATIONS, NEIGHBORHOOD, PATH } from '../graphql-documents.ts';
import type { Trace } from '../state/url-state.ts';
import { relStyle } from '../canvas/style.ts';
import { CitationVia } from '../generated/enums.ts';
import type { NodeKind, NodeRef, Subgraph } from '../types.ts';
import type { Details } from './details.ts';
import { markedSentence, nodeLink } from './marked-text.ts';
import { emptyReasons } from './empty-reasons.ts';

export interface TraceDeps {
  api: Api;
  canvas: () => Canvas;
  details: Details;
  navigate(id: string): void;
  clear(): void;
  /** Called after elements were added, so filters and counts can follow. */
  added(): void;
}

export async function runTrace(trace: Trace, deps: TraceDeps): Promise<void> {
  const canvas = deps.canvas();
  const link = (n: Pick<NodeRef, 'id' | 'label'> & { kind?: NodeKind }) =>
    nodeLink(n.id, n.label, deps.navigate, { class: `node-link ${n.kind ?? ''}`.trim() });
  const clearButton = h('button', { type: 'button', class: 'clear-trace', onclick: () => deps.clear() }, 'Clear trace');
  const ensure = async (ids: string[]) => {
    for (const id of ids.filter((i) => !canvas.has(i))) {
      const { neighborhood } = await deps.api.request(NEIGHBORHOOD, { id, depth: 1 });
      canvas.add(neighborhood);
    }
    deps.added();
  };

  if (trace.mode === 'path') {
    const { path } = await deps.api.request(PATH, {
      from: trace.from,
      to: trace.to,
      via: trace.any ? 'ANY' : 'CITATIONS',
    });
    if (!path || path.nodes.length === 0) {
      canvas.clearHighlight();
      return deps.details.show(
        'No path',
        h(
          'p',
          { class: 'empty' },
          emptyReasons.path(label(canvas, trace.from), label(canvas, trace.to), 6, trace.any === true),
        ),
        clearButton,
      );
    }
    canvas.add(path);
    deps.added();
    canvas.highlight([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)], 'on-path');
    const byId = new Map(path.nodes.map((n) => [n.id, n]));
    const steps = orderPath(path, trace.from);
    return deps.details.show(
      `Path: ${steps.length} steps`,
      h(
        'ol',
        { class: 'path' },
        h('li', {}, link(byId.get(trace.from) ?? { id: trace.from, label: trace.from })),
        steps.map((e) =>
          h(
            'li',
            {},
            h('span', { class: 'rel' }, `${e.forward ? '' : '← '}${relStyle(e.type).name}${e.forward ? ' →' : ''} `),
            link(byId.get(e.to)!),
          ),
        ),
      ),
      clearButton,
    );
  }

  if (trace.mode === 'citers') {
    const { citations } = await deps.api.request(CITATIONS, { target: trace.target });
    const paragraphs = [...new Set(citations.map((c) => c.paragraph!.id))];
    const targetId = citations[0]?.target?.id ?? trace.target;
    await ensure([targetId, ...paragraphs]);
    canvas.highlight([targetId, ...paragraphs]);
    const name = citations[0]?.target?.label ?? label(canvas, trace.target);
    return deps.details.show(
      `Paragraphs citing ${name}`,
      citations.length
        ? h('p', {}, `${paragraphs.length} paragraphs, ${citations.length} citations. The cited words are marked.`)
        : h('p', { class: 'empty' }, emptyReasons.citers(name)),
      h(
        'ul',
        { class: 'citing' },
        citations.map((c) =>
          h(
            'li',
            {},
            link(c.paragraph!),
            ' ',
            markedSentence(c),
            c.via === CitationVia.Footnote
              ? h('span', { class: 'via' }, ` via footnote ${c.footnote?.marker ?? ''}`)
              : null,
          ),
        ),
      ),
      clearButton,
    );
  }

  const { coCitations } = await deps.api.request(CO_CITATIONS, { target: trace.target });
  const ids = [
    trace.target,
    ...coCitations.map((c) => c.node.id),
    ...coCitations.flatMap((c) => c.paragraphs.map((p) => p.id)),
  ];
  await ensure([...new Set(ids)]);
  canvas.highlight(ids);
  const list = h('ul', { class: 'cocited' });
  fill(
    list,
    coCitations.map((c) =>
      h(
        'li',
        {},
        link(c.node),
        ` — together in ${c.count} paragraph${c.count === 1 ? '' : 's'}: `,
        c.paragraphs.flatMap((p, i) => [i ? ', ' : '', link(p)]),
      ),
    ),
  );
  return deps.details.show(
    `Cited together with ${label(canvas, trace.target)}`,
    coCitations.length ? list : h('p', { class: 'empty' }, emptyReasons.cocited(label(canvas, trace.target))),
    clearButton,
  );
}

function label(canvas: Canvas, id: string): string {
  const el = canvas.cy.getElementById(id);
  return el.nonempty() ? String(el.data('fullLabel') ?? el.data('label')) : id;
}

/** Walks the path's edges from its start, whichever way each edge points. */
export function orderPath(path: Subgraph, from: string): { type: string; to: string; forward: boolean }[] {
  const steps: { type: string; to: string; forward: boolean }[] = [];
  const left = [...path.edges];
  let at = from;
  while (left.length) {
    const i = left.findIndex((e) => e.source === at || e.target === at);
    if (i < 0) break;
    const [e] = left.splice(i, 1);
    const forward = e!.source === at;
    at = forward ? e!.target : e!.source;
    steps.push({ type: e!.type, to: at, forward });
  }
  return steps;
}

/** The most-cited targets on the canvas: the starting points offered to a newcomer. */
export function mostCited(canvas: Canvas, limit = 6): (NodeRef & { count: number })[] {
  return (
    canvas.cy
      .nodes()
      // A document citing itself (self: true, from the API) is not a target of interest.
      .map((n) => ({
        id: n.id(),
        kind: n.data('kind') as NodeKind,
        label: (n.data('fullLabel') ?? n.data('label')) as string,
        count: n
          .incomers(`edge.${Rel.CITES}`)
          .filter((e) => e.data('self') !== true)
          .sources().length,
      }))
      .filter((n) => n.count > 0)
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
      .slice(0, limit)
  );
}
