// Starts the first graph request while the large modules (Cytoscape and the app) are still
// downloading and parsing, so the API's answer and the code arrive together instead of one after
// the other. Only this module, api.ts and graphql-documents.ts are in the entry chunk.
import { createApi, type Api } from './api.ts';
import { GRAPH, OVERVIEW } from './graphql-documents.ts';
import { graphDocument, isOverview } from './scope.ts';
import type { Subgraph } from './types.ts';

export { DEFAULT_DOCUMENT } from './scope.ts';

/** The one API client of the page. */
export const api: Api = createApi();

let first: Promise<{ graph: Subgraph }> | undefined;

/** The graph a `doc` value draws: the corpus overview for every document, else one document's graph. */
export async function loadGraph(doc: string | null): Promise<{ graph: Subgraph }> {
  if (isOverview(doc)) return { graph: (await api.request(OVERVIEW)).overview };
  return api.request(GRAPH, { document: graphDocument(doc) });
}

export function prefetchGraph(search: string = location.search): void {
  first = loadGraph(new URLSearchParams(search).get('doc'));
  first.catch(() => {}); // reported by whoever takes the answer
}

/** The prefetched answer, once; later loads (Retry, another document) ask again. */
export function takePrefetchedGraph(): Promise<{ graph: Subgraph }> | undefined {
  const answer = first;
  first = undefined;
  return answer;
}
