// What a user sees on the canvas: nodes not taken off by a filter, hide, focus or the time filter,
// and only the edges whose two ends are both seen. Exports, the matrix and counts all use it, so a
// file never holds an edge whose end it lacks.
import type { CollectionReturnValue, Core, EdgeSingular } from 'cytoscape';

/** The classes that take an element off the screen: filters, hide, focus, the time filter, and a closed document's inside. */
export const OFF = '.filtered, .hidden, .unfocused, .untimely, .collapsed';

export function visibleElements(cy: Core): CollectionReturnValue {
  const nodes = cy.nodes().not(OFF);
  const edges = cy
    .edges()
    .not(OFF)
    .filter((e: EdgeSingular) => !e.source().is(OFF) && !e.target().is(OFF));
  return nodes.union(edges);
}
