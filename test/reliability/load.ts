// The load the reliability tests send: a mix of the API's queries over the Bangkok Declaration,
// and clients that send them in a loop until told to stop (or until their bounded number of
// requests runs out), over loopback only, recording what each answer was.

const SYMBOL = 'E/CN.15/2005/5';

/** Each query with the answer it must give: a light check that the data is the right data. */
export const MIX: { name: string; query: string; check: (data: any) => boolean }[] = [
  {
    name: 'citations',
    query: '{ citations(target: "UNCAC") { id surface paragraph { localId } } }',
    check: (d) => d.citations.length >= 4,
  },
  {
    name: 'search',
    query: '{ search(text: "corruption", limit: 10) { score node { id label } } }',
    check: (d) => d.search.length > 0,
  },
  {
    name: 'paragraph',
    query: `{ paragraph(id: "${SYMBOL}#op-12") { label text footnotes { marker } citations { via target { id } } previous { localId } next { localId } } }`,
    check: (d) => d.paragraph?.label === '¶ 12',
  },
  {
    name: 'instrument',
    query: '{ instrument(id: "UNCAC") { title citationCount adoptedBy { symbol } citedBy { paragraph { localId } } } }',
    check: (d) => d.instrument?.citationCount >= 4,
  },
  { name: 'node', query: '{ node(id: "untoc") { id kind label } }', check: (d) => d.node?.id === 'untoc' },
  {
    name: 'neighborhood',
    query: '{ neighborhood(id: "uncac", depth: 2) { nodes { id kind } edges { source target type } truncated } }',
    check: (d) => d.neighborhood.nodes.length > 1,
  },
  {
    name: 'path',
    query: '{ path(from: "uncac", to: "untoc", maxLength: 6) { nodes { id } edges { type } } }',
    check: (d) => d.path?.nodes.length >= 2,
  },
  {
    name: 'graph',
    query: `{ graph(document: "${SYMBOL}") { nodes { id } edges { id } truncated } }`,
    check: (d) => d.graph.nodes.length > 50,
  },
  {
    name: 'stats',
    query: '{ stats { documents citations nodes { name count } } }',
    check: (d) => d.stats.documents >= 1,
  },
  {
    name: 'documents',
    query: '{ documents { symbol paragraphCount } }',
    check: (d) => d.documents.some((x: { symbol: string }) => x.symbol === SYMBOL),
  },
  {
    name: 'paragraphs',
    query: `{ paragraphs(filter: {document: "${SYMBOL}", cites: "UNCAC"}, first: 5) { totalCount edges { cursor node { localId } } pageInfo { hasNextPage } } }`,
    check: (d) => d.paragraphs.totalCount >= 4,
  },
  {
    name: 'instruments',
    query: '{ instruments(kind: "convention") { id acronym citationCount } }',
    check: (d) => d.instruments.length > 0,
  },
  {
    name: 'coCitations',
    query: '{ coCitations(target: "UNTOC") { count node { id } } }',
    check: (d) => d.coCitations.length > 0,
  },
  { name: 'themes', query: '{ themes { id paragraphCount } bodies { id } }', check: (d) => d.themes.length > 0 },
];

/**
 * The heavy mix: what costs the server most over the whole corpus: a hub's neighbourhood at depth
 * 3, the whole corpus's graph, paths across documents, and odd search strings. Each check is
 * light: the answer has the shape of data.
 */
export const HEAVY_MIX: typeof MIX = [
  {
    name: 'hub-neighborhood',
    query:
      '{ neighborhood(id: "A/RES/80/24", depth: 3) { nodes { id kind } edges { source target type } truncated omitted } }',
    check: (d) => d.neighborhood.nodes.length > 1,
  },
  {
    name: 'whole-graph',
    query: '{ graph { nodes { id kind } edges { id source target type } truncated } }',
    check: (d) => d.graph.nodes.length > 100,
  },
  {
    name: 'path',
    query: '{ path(from: "E/CN.15/2005/5", to: "A/RES/80/24", maxLength: 10) { nodes { id } edges { type } } }',
    check: (d) => d.path === null || d.path.nodes.length >= 2,
  },
  {
    name: 'odd-search',
    query: '{ search(text: "((( treaty*** ~~ \\"non-proliferation\\" OR", limit: 50) { score node { id } } }',
    check: (d) => Array.isArray(d.search),
  },
  {
    name: 'wide-search',
    query: '{ search(text: "the", limit: 100) { score node { id label } } }',
    check: (d) => Array.isArray(d.search),
  },
];

/** What one request came back with: ok, a GraphQL error code, an HTTP status, or a thrown error. */
export interface Outcome {
  name: string;
  result: string;
  ms: number;
  at: number;
}

export async function ask(url: string, index: number, timeoutMs = 60_000, mix = MIX): Promise<Outcome> {
  const { name, query, check } = mix[index % mix.length]!;
  const started = performance.now();
  let result: string;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
      // A hang guard only: the server's own deadline is far below it.
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body: { data?: any; errors?: { extensions?: { code?: string } }[] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: reported by status below
    }
    if (body.errors?.length) {
      result = body.errors
        .map((e) => e.extensions?.code ?? 'UNCODED')
        .sort()
        .join('+');
      // Overload must be said as overload: 503 with a Retry-After, never a plain error.
      if (result === 'SERVER_BUSY' && (response.status !== 503 || !response.headers.get('retry-after')))
        result = 'SERVER_BUSY without 503 and Retry-After';
    } else if (response.status !== 200) result = `HTTP ${response.status}`;
    else result = body.data && check(body.data) ? 'ok' : 'WRONG_DATA';
  } catch (error) {
    result = `THROWN ${(error as Error).name}: ${(error as Error).message}`;
  }
  return { name, result, ms: performance.now() - started, at: started };
}

export interface LoadRun {
  outcomes: Outcome[];
  /** Resolves when every client has stopped. */
  done: Promise<void>;
  stop(): void;
}

export interface ClientOptions {
  /** Keep every outcome (true), or only those that are not ok. */
  record?: boolean;
  mix?: typeof MIX;
  /** A client stops after an answer of its own that meets this. */
  until?: (outcome: Outcome) => boolean;
}

/**
 * `clients` loops, each sending one request at a time, starting at a different query, until stop(),
 * until it has sent `maxPerClient` requests, or until an answer of its own meets `until`.
 */
export function runClients(
  url: string,
  clients: number,
  maxPerClient: number,
  { record = true, mix = MIX, until = () => false }: ClientOptions = {},
): LoadRun & { count(): number } {
  const outcomes: Outcome[] = [];
  let stopped = false;
  let sent = 0;
  const client = async (id: number) => {
    for (let i = 0; i < maxPerClient && !stopped; i++) {
      const outcome = await ask(url, id + i, 60_000, mix);
      sent++;
      if (record || outcome.result !== 'ok') outcomes.push(outcome);
      if (until(outcome)) return;
    }
  };
  const done = Promise.all(Array.from({ length: clients }, (_, id) => client(id))).then(() => {});
  return {
    outcomes,
    done,
    stop: () => {
      stopped = true;
    },
    count: () => sent,
  };
}

/** Outcomes grouped: { ok: 120, DATABASE_UNAVAILABLE: 14 }. */
export function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { result } of outcomes) counts[result] = (counts[result] ?? 0) + 1;
  return counts;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
