// Groups of nodes more linked among themselves than to the rest, by Cytoscape.js's Markov
// clustering. Its matrix is dense (n² numbers, n³ work an iteration), so the leaves (nodes with one
// neighbour, most of a citation graph) are set aside first and join their neighbour's group after;
// what is left is clustered only when it is small enough to answer in about a second.
import type { CollectionReturnValue } from 'cytoscape';

export const defaults = {
  /** Above this many nodes after the leaves are set aside, clustering is refused as too slow. */
  maxNodes: 400,
  /** MCL's inflation: higher gives more, smaller clusters. */
  inflateFactor: 2,
  maxIterations: 20,
};

export interface Cluster {
  /** Member ids, the most linked first. */
  members: string[];
}

export class TooLargeToCluster extends Error {
  constructor(
    readonly nodes: number,
    readonly limit: number,
  ) {
    super(
      `${nodes} linked nodes are too many to cluster here (at most ${limit}): hide some kinds, focus or close documents first.`,
    );
  }
}

/** Clusters of `eles` (nodes and the edges between them), largest first; nodes with no link are left out. */
export function findClusters(eles: CollectionReturnValue, options = defaults): Cluster[] {
  const edges = eles.edges().filter((e) => e.data('source') !== e.data('target'));
  const nodes = eles.nodes();
  const neighbours = new Map<string, Set<string>>(nodes.map((n) => [n.id(), new Set<string>()]));
  for (const e of edges) {
    const [s, t] = [String(e.data('source')), String(e.data('target'))];
    if (!neighbours.has(s) || !neighbours.has(t)) continue;
    neighbours.get(s)!.add(t);
    neighbours.get(t)!.add(s);
  }
  // Peel leaves until none is left: each remembers the neighbour it hangs from.
  const hangsFrom = new Map<string, string>();
  const degree = new Map([...neighbours].map(([id, set]) => [id, set.size]));
  let leaves = [...degree].filter(([, d]) => d === 1).map(([id]) => id);
  while (leaves.length) {
    const next: string[] = [];
    for (const leaf of leaves) {
      if (hangsFrom.has(leaf) || degree.get(leaf) !== 1) continue;
      const parent = [...neighbours.get(leaf)!].find((n) => !hangsFrom.has(n));
      if (!parent) continue;
      hangsFrom.set(leaf, parent);
      degree.set(leaf, 0);
      degree.set(parent, degree.get(parent)! - 1);
      if (degree.get(parent) === 1) next.push(parent);
    }
    leaves = next;
  }
  const core = nodes.filter((n) => !hangsFrom.has(n.id()) && (neighbours.get(n.id())?.size ?? 0) > 0);
  if (core.length > options.maxNodes) throw new TooLargeToCluster(core.length, options.maxNodes);

  const clusterOf = new Map<string, number>();
  const groups: string[][] = [];
  if (core.length > 0) {
    const raw = core.union(core.edgesWith(core).intersection(edges)).markovClustering({
      inflateFactor: options.inflateFactor,
      maxIterations: options.maxIterations,
    });
    // MCL can attach a node to two attractors; each node keeps the first (larger) group.
    for (const members of [...raw].sort((a, b) => b.length - a.length)) {
      const free = members.filter((n) => !clusterOf.has(n.id()));
      if (free.empty()) continue;
      free.forEach((n) => void clusterOf.set(n.id(), groups.length));
      groups.push(free.map((n) => n.id()));
    }
  }
  // Leaves follow the node they hang from, up the chain; a tree with no core is a group of its own.
  const rootOf = (id: string): string => {
    let at = id;
    for (let guard = 0; hangsFrom.has(at) && guard < nodes.length; guard++) at = hangsFrom.get(at)!;
    return at;
  };
  for (const leaf of hangsFrom.keys()) {
    const root = rootOf(leaf);
    if (!clusterOf.has(root)) {
      clusterOf.set(root, groups.length);
      groups.push([root]);
    }
    groups[clusterOf.get(root)!]!.push(leaf);
  }
  const links = (id: string) => neighbours.get(id)?.size ?? 0;
  return groups
    .filter((g) => g.length > 1)
    .map((g) => ({ members: [...g].sort((a, b) => links(b) - links(a) || a.localeCompare(b)) }))
    .sort((a, b) => b.members.length - a.members.length || a.members[0]!.localeCompare(b.members[0]!));
}

/** A cluster's name in a list: its most linked member's label, and how many more it holds. */
export function clusterName(cluster: Cluster, label: (id: string) => string): string {
  const rest = cluster.members.length - 1;
  return rest > 0 ? `${label(cluster.members[0]!)} and ${rest} more` : label(cluster.members[0]!);
}
