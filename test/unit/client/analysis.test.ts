// Analysis on a headless Cytoscape: the rankings and clusters a user reads off the panel.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { clusterName, findClusters, TooLargeToCluster } from '../../../client/src/analysis/clusters.ts';
import { computeScores, normalise, topRanked } from '../../../client/src/analysis/measures.ts';
import { ranking } from '../../../client/src/analysis/panel.ts';
import { setSizeBy } from '../../../client/src/analysis/size-by.ts';
import { Canvas } from '../../../client/src/canvas/canvas.ts';
import { sizeForScore } from '../../../client/src/canvas/importance.ts';
import { labelPriority } from '../../../client/src/canvas/labels.ts';
import { fixture, ids } from './fixture.ts';

let cy: Core | undefined;
let canvas: Canvas | undefined;
afterEach(() => {
  cy?.destroy();
  canvas?.destroy();
  cy = canvas = undefined;
});

const edge = (source: string, target: string): ElementDefinition => ({
  data: { id: `${source}->${target}`, source, target },
});
const node = (id: string): ElementDefinition => ({ data: { id } });
function graph(nodes: string[], edges: [string, string][]): Core {
  cy = cytoscape({ headless: true, elements: [...nodes.map(node), ...edges.map(([s, t]) => edge(s, t))] });
  return cy;
}
/** A node of `n` cliques of `size`, named c0-0, c0-1, …; `bridge` links each clique's first node to it. */
function cliques(n: number, size: number, bridge?: string): Core {
  const nodes: string[] = bridge ? [bridge] : [];
  const edges: [string, string][] = [];
  for (let c = 0; c < n; c++) {
    const ids = Array.from({ length: size }, (_, i) => `c${c}-${i}`);
    nodes.push(...ids);
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) edges.push([ids[i]!, ids[j]!]);
    if (bridge) edges.push([ids[0]!, bridge]);
  }
  return graph(nodes, edges);
}

describe('centrality measures', () => {
  // Six paragraphs cite one hub; two of them also cite a minor target; one minor target cites nothing.
  const citing = () =>
    graph(
      ['hub', 'minor', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6'],
      [
        ['p1', 'hub'],
        ['p2', 'hub'],
        ['p3', 'hub'],
        ['p4', 'hub'],
        ['p5', 'hub'],
        ['p6', 'hub'],
        ['p1', 'minor'],
        ['p2', 'minor'],
      ],
    );

  it('ranks the hub first by degree, with its count of links', () => {
    const top = topRanked(computeScores(citing().elements(), 'degree'), 3);
    expect(top[0]).toEqual({ id: 'hub', score: 6 });
    expect(top[1]!.id).toBe('minor');
  });

  it('ranks the much-cited hub first by PageRank, above a target cited less, and the citers below both', () => {
    const scores = computeScores(citing().elements(), 'pagerank');
    expect(topRanked(scores, 1)[0]!.id).toBe('hub');
    expect(scores.get('minor')!).toBeGreaterThan(scores.get('p3')!);
  });

  it('ranks the bridge between two groups first by betweenness', () => {
    const scores = computeScores(cliques(2, 4, 'bridge').elements(), 'betweenness');
    expect(topRanked(scores, 1)[0]!.id).toBe('bridge');
    // Inside a clique, a member that is not on the road to the bridge lies between no one.
    expect(scores.get('c0-1')).toBe(0);
  });

  it('counts only the edges given: a hidden edge does not count', () => {
    const c = citing();
    const scores = computeScores(c.elements().not(c.getElementById('p1->hub')), 'degree');
    expect(scores.get('hub')).toBe(5);
  });

  it('scales scores so the top one is 1 and the least 0', () => {
    expect(
      normalise(
        new Map([
          ['a', 4],
          ['b', 1],
          ['c', 0],
        ]),
      ),
    ).toEqual(
      new Map([
        ['a', 1],
        ['b', 0.25],
        ['c', 0],
      ]),
    );
    // A floor every node has (PageRank's) is taken away: the least scored is 0.
    expect(
      normalise(
        new Map([
          ['a', 5],
          ['b', 2],
          ['c', 1],
        ]),
      ),
    ).toEqual(
      new Map([
        ['a', 1],
        ['b', 0.25],
        ['c', 0],
      ]),
    );
    expect(normalise(new Map([['a', 0]]))).toEqual(new Map([['a', 0]]));
  });
});

describe('Markov clusters', () => {
  it('finds two disconnected cliques as two clusters, each whole', () => {
    const clusters = findClusters(cliques(2, 5).elements());
    expect(clusters).toHaveLength(2);
    const sets = clusters.map((c) => new Set(c.members.map((id) => id.split('-')[0])));
    expect(sets.map((s) => [...s])).toEqual([['c0'], ['c1']]);
    expect(clusters.every((c) => c.members.length === 5)).toBe(true);
  });

  it('keeps two cliques joined by a bridge apart, and a leaf joins its neighbour’s cluster', () => {
    const c = cliques(2, 5, 'bridge');
    c.add([node('leaf'), edge('leaf', 'c1-3')]);
    const clusters = findClusters(c.elements());
    const of = (id: string) => clusters.findIndex((k) => k.members.includes(id));
    expect(of('c0-1')).not.toBe(of('c1-1'));
    expect(of('leaf')).toBe(of('c1-3'));
    // Each node is in one cluster only.
    const all = clusters.flatMap((k) => k.members);
    expect(new Set(all).size).toBe(all.length);
  });

  it('names a cluster by its most linked member', () => {
    const c = graph(
      ['hub', 'a', 'b', 'c'],
      [
        ['a', 'hub'],
        ['b', 'hub'],
        ['c', 'hub'],
      ],
    );
    const [star] = findClusters(c.elements());
    expect(star!.members[0]).toBe('hub');
    expect(clusterName(star!, (id) => id.toUpperCase())).toBe('HUB and 3 more');
  });

  it('refuses a graph too large for its dense matrix, saying how many nodes', () => {
    expect(() => findClusters(cliques(3, 5).elements(), { maxNodes: 10, inflateFactor: 2, maxIterations: 20 })).toThrow(
      TooLargeToCluster,
    );
    expect(() => findClusters(cliques(3, 5).elements(), { maxNodes: 10, inflateFactor: 2, maxIterations: 20 })).toThrow(
      /15 linked nodes/,
    );
  });
});

describe('size by a measure on the canvas', () => {
  it('sizes and ranks by degree once chosen, and back by times cited', () => {
    canvas = new Canvas(undefined, fixture, { onSelect: () => {}, onExpand: () => {} });
    const c = canvas.cy;
    canvas.relabelNow();
    const byCited = ranking(c, 'cited');
    expect(byCited[0]!.score).toBeGreaterThan(0);
    expect(c.nodes().filter((n) => n.data('score') !== undefined).length).toBe(0);

    setSizeBy(c, 'degree');
    canvas.relabelNow();
    const byDegree = ranking(c, 'degree');
    // ¶ 4 has the most links: its document, three citations, a mention and the next paragraph.
    expect(byDegree[0]).toEqual({ id: ids.p('op-4'), score: 6 });
    const top = c.getElementById(byDegree[0]!.id);
    expect(top.data('score')).toBe(1);
    expect(top.data('size')).toBe(sizeForScore(String(top.data('kind')), 1));
    expect(labelPriority(top)).toBeGreaterThan(labelPriority(c.getElementById(byDegree.at(-1)!.id)));

    setSizeBy(c, 'cited');
    canvas.relabelNow();
    expect(c.nodes().filter((n) => n.data('score') !== undefined).length).toBe(0);
    expect(ranking(c, 'cited')).toEqual(byCited);
  });
});
