// Starts the first graph request while the large modules (Cytoscape and the app) are still
// downloading and parsing, so the API's answer and the code arrive together instead of one after
// the other. Only this module, api.ts and queries.ts are in the entry chunk.
import { createApi, type Api } from './api.ts';
import { GRAPH } from './queries.ts';
import { graphDocument } from './scope.ts';
import type { Subgraph } from './types.ts';

export { DEFAULT_DOCUMENT } from './scope.ts';

/** The one API client of the page. */
export const api: Api = createApi();

let first: Promise<{ graph: Subgraph }> | undefined;

export function prefetchGraph(search: string = location.search): void {
  first = api.request<{ graph: Subgraph }>(GRAPH, { document: graphDocument(new URLSearchParams(search).get('doc')) });
  first.catch(() => {}); // reported by whoever takes the answer
}

/** The prefetched answer, once; later loads (Retry, another document) ask again. */
export function takePrefetchedGraph(): Promise<{ graph: Subgraph }> | undefined {
  const answer = first;
  first = undefined;
  return answer;
}
