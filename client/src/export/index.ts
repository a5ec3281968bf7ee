// Export of the current view: PNG and SVG pictures, JSON and GraphML data. Loaded on demand
// (a dynamic import from main), so the first screen does not carry it.
import type { Core, EdgeSingular } from 'cytoscape';
import { toSubgraph } from '../canvas/elements.ts';
import { visibleElements } from '../canvas/visible.ts';
import { toGraphML } from './graphml.ts';
import { toSvg } from './svg.ts';

export type ExportFormat = 'png' | 'svg' | 'json' | 'graphml';

export interface ExportFile {
  name: string;
  blob: Blob;
}

/** Builds the file for the elements the user sees: the visible nodes and only the edges between them. */
export async function buildExport(cy: Core, format: ExportFormat, basename = 'instrument-graph'): Promise<ExportFile> {
  const visible = visibleElements(cy);
  switch (format) {
    case 'png': {
      const blob = (await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' })) as Blob;
      return { name: `${basename}.png`, blob };
    }
    case 'svg': {
      const nodes = visible.nodes().map((n) => ({
        id: n.id(),
        kind: n.data('kind') as string,
        label: n.data('label') as string,
        ...n.position(),
        classes: n.classes(),
      }));
      const edges = visible.edges().map((e: EdgeSingular) => ({
        id: e.id(),
        type: e.data('type') as string,
        label: e.data('label') as string,
        source: e.source().position(),
        target: e.target().position(),
        classes: e.classes(),
      }));
      return { name: `${basename}.svg`, blob: new Blob([toSvg(nodes, edges)], { type: 'image/svg+xml' }) };
    }
    case 'json': {
      const sub = toSubgraph(visible.map((e) => ({ data: e.data() as Record<string, unknown>, group: e.group() })));
      return { name: `${basename}.json`, blob: new Blob([JSON.stringify(sub, null, 2)], { type: 'application/json' }) };
    }
    case 'graphml': {
      const sub = toSubgraph(visible.map((e) => ({ data: e.data() as Record<string, unknown>, group: e.group() })));
      return { name: `${basename}.graphml`, blob: new Blob([toGraphML(sub)], { type: 'application/graphml+xml' }) };
    }
  }
}

export function download(file: ExportFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
