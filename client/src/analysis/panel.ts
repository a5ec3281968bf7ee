// The Analysis panel in the sidebar: "Size and rank by" (times cited, degree, PageRank,
// betweenness) sizes the nodes and fills a ranked list of the top 20 in view; "Find clusters"
// lists the Markov clusters of what is in view. Every entry is a button: click or Enter selects the
// node (or highlights the cluster), so the lists are reachable from the keyboard.
import type { Core } from 'cytoscape';
import { fill, h } from '../dom.ts';
import { visibleElements } from '../canvas/visible.ts';
import { clusterName, findClusters, TooLargeToCluster } from './clusters.ts';
import { MEASURE_HINT, MEASURE_LABEL, MEASURES, type Ranked, topRanked } from './measures.ts';
import { type SizeBy, setSizeBy, sizeBy, sizeScores } from './size-by.ts';
import './analysis.css';

export const defaults = {
  /** Entries in the ranked list. */
  top: 20,
  /** Clusters listed (the largest). */
  clusters: 12,
};

export interface AnalysisDeps {
  select(id: string): void;
  /** Marks a set of nodes on the canvas and dims the rest (a cluster). */
  highlight(ids: string[]): void;
  /** Recomputes sizes and labels now. */
  relabel(): void;
}

const SIZE_BY_LABEL: Record<SizeBy, string> = { cited: 'Times cited', ...MEASURE_LABEL };
const SIZE_BY_HINT: Record<SizeBy, string> = {
  cited: 'cited by the paragraphs and documents in view',
  ...MEASURE_HINT,
};

/** How a score reads in the list: counts as counts, PageRank as a multiple of the average node's (see `ranking`). */
export function formatScore(measure: SizeBy, score: number): string {
  if (measure === 'pagerank') return `${score.toFixed(1)}×`;
  if (measure === 'betweenness') return score >= 10 ? String(Math.round(score)) : score.toFixed(1);
  return String(score);
}

/** The ranked list for a measure: `cited` from the canvas's own counts, the others from size-by's scores. */
export function ranking(cy: Core, measure: SizeBy, limit = defaults.top): Ranked[] {
  if (measure !== 'cited') {
    const raw = sizeScores(cy)?.raw ?? new Map<string, number>();
    // PageRanks sum to 1, so alone they read as tiny shares: shown as multiples of the average node's.
    const shown = measure === 'pagerank' ? new Map([...raw].map(([id, s]) => [id, s * raw.size])) : raw;
    return topRanked(shown, limit).filter((r) => r.score > 0);
  }
  const visible = visibleElements(cy).nodes();
  return topRanked(new Map(visible.map((n) => [n.id(), Number(n.data('cited') ?? 0)])), limit).filter(
    (r) => r.score > 0,
  );
}

export function createAnalysisPanel(
  parent: HTMLElement,
  deps: AnalysisDeps,
  options = defaults,
): { attach(cy: Core): void } {
  const select = h(
    'select',
    { id: 'size-by' },
    (['cited', ...MEASURES] as SizeBy[]).map((m) => h('option', { value: m }, SIZE_BY_LABEL[m])),
  );
  const hint = h('p', { class: 'hint', id: 'size-by-hint' }, SIZE_BY_HINT.cited);
  select.setAttribute('aria-describedby', 'size-by-hint');
  const list = h('ol', { class: 'ranked', 'aria-label': 'Top nodes in view' });
  const clusterButton = h('button', { type: 'button', id: 'btn-clusters' }, 'Find clusters');
  const clusterBox = h('div', { class: 'cluster-box', 'aria-live': 'polite' });
  parent.append(
    h(
      'section',
      { class: 'analysis', 'aria-labelledby': 'analysis-title' },
      h('h2', { id: 'analysis-title' }, 'Analysis'),
      h('label', { class: 'size-by', for: 'size-by' }, 'Size and rank by'),
      select,
      hint,
      list,
      clusterButton,
      clusterBox,
    ),
  );

  let cy: Core | undefined;
  let shown = '';
  let clustersOver = '';
  const label = (id: string) =>
    String(cy?.getElementById(id).data('fullLabel') ?? cy?.getElementById(id).data('label') ?? id);
  const visibleKey = () =>
    cy
      ? visibleElements(cy)
          .map((e) => e.id())
          .join('\u0000')
      : '';

  const renderList = () => {
    if (!cy) return;
    const measure = sizeBy(cy);
    const ranked = ranking(cy, measure, options.top);
    const key = `${measure}|${ranked.map((r) => `${r.id}=${r.score}`).join('|')}`;
    if (key === shown) return;
    shown = key;
    list.setAttribute('aria-label', `Top ${ranked.length} in view by ${SIZE_BY_LABEL[measure].toLowerCase()}`);
    if (!ranked.length) return fill(list, h('li', { class: 'empty' }, 'Nothing in view scores above 0.'));
    fill(
      list,
      ranked.map((r) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'link', title: label(r.id), onclick: () => deps.select(r.id) },
            label(r.id),
          ),
          h('span', { class: 'count' }, ` ${formatScore(measure, r.score)}`),
        ),
      ),
    );
    // Clusters found over another view are stale: say so rather than show them.
    if (clustersOver && clustersOver !== visibleKey()) {
      clustersOver = '';
      fill(clusterBox, h('p', { class: 'hint' }, 'The view has changed: find clusters again.'));
    }
  };

  select.addEventListener('change', () => {
    if (!cy) return;
    const measure = select.value as SizeBy;
    hint.textContent = SIZE_BY_HINT[measure];
    setSizeBy(cy, measure);
    deps.relabel();
    renderList();
  });

  clusterButton.addEventListener('click', () => {
    if (!cy) return;
    fill(clusterBox, h('p', { class: 'loading' }, 'Finding clusters…'));
    // A frame first, so the message shows before the work.
    setTimeout(() => {
      if (!cy) return;
      try {
        const clusters = findClusters(visibleElements(cy));
        clustersOver = visibleKey();
        if (!clusters.length)
          return fill(clusterBox, h('p', { class: 'empty' }, 'No cluster: nothing in view is linked.'));
        fill(
          clusterBox,
          h(
            'p',
            { class: 'hint' },
            `${clusters.length} cluster${clusters.length === 1 ? '' : 's'} (Markov clustering); the largest:`,
          ),
          h(
            'ol',
            { class: 'ranked clusters', 'aria-label': 'Clusters in view, largest first' },
            clusters
              .slice(0, options.clusters)
              .map((c) =>
                h(
                  'li',
                  {},
                  h(
                    'button',
                    { type: 'button', class: 'link', onclick: () => deps.highlight(c.members) },
                    clusterName(c, label),
                  ),
                ),
              ),
          ),
        );
      } catch (error) {
        fill(
          clusterBox,
          h(
            'p',
            { class: 'empty' },
            error instanceof TooLargeToCluster ? error.message : `Clustering failed: ${(error as Error).message}`,
          ),
        );
      }
    }, 0);
  });

  return {
    attach(next: Core) {
      cy = next;
      select.value = sizeBy(cy);
      hint.textContent = SIZE_BY_HINT[sizeBy(cy)];
      shown = '';
      cy.on('importance', renderList);
      renderList();
    },
  };
}
