// An expansion: a node whose neighbours the user added, through every link or only one
// relationship type and one direction ("who cites this?" is CITES, incoming). Expansions are kept
// in the link (`exp=`), in the order made, so a shared link draws the same nodes.
import type { Param } from '../state/params.ts';
import type { Subgraph } from '../types.ts';

export const defaults = {
  /** An expand that would add more nodes than this asks first, naming the count. */
  confirmAbove: 50,
};

/** Which way the links followed point, seen from the node expanded (the API's LinkDirection). */
export type LinkDirection = 'OUT' | 'IN' | 'BOTH';
export const DIRECTIONS: readonly LinkDirection[] = ['BOTH', 'OUT', 'IN'];

export interface Expansion {
  id: string;
  /** The relationship type followed (CITES, …); null follows every type. */
  rel: string | null;
  direction: LinkDirection;
}

/** What to follow when the user has not narrowed it: every link, both ways. */
export const EVERY_LINK = { rel: null, direction: 'BOTH' } as const satisfies Omit<Expansion, 'id'>;

const SEPARATOR = '~';

/** `uncac`, `uncac~CITES`, `uncac~in`, `uncac~CITES~in`: ids never hold a tilde. */
export function formatExpansion(e: Expansion): string {
  return [e.id, e.rel, e.direction === 'BOTH' ? null : e.direction.toLowerCase()].filter(Boolean).join(SEPARATOR);
}

/** The expansion a link's token names, or null for a token that is not one (a bad link expands nothing). */
export function parseExpansion(token: string): Expansion | null {
  const [id, ...rest] = token.split(SEPARATOR);
  if (!id || rest.length > 2) return null;
  let rel: string | null = null;
  let direction: LinkDirection = 'BOTH';
  for (const part of rest) {
    if (part === 'in' || part === 'out') direction = part === 'in' ? 'IN' : 'OUT';
    else if (/^[A-Z][A-Z_]*$/.test(part) && rel === null) rel = part;
    else return null;
  }
  return { id, rel, direction };
}

export const sameExpansion = (a: Expansion, b: Expansion) => formatExpansion(a) === formatExpansion(b);

/** Adds an expansion at the end, unless the same one is already there. */
export function withExpansion(list: Expansion[], e: Expansion): Expansion[] {
  return list.some((x) => sameExpansion(x, e)) ? list : [...list, e];
}

/** The `exp` parameter: expansions in the order made (the order places the nodes), without repeats. */
export const expansionsParam: Param<Expansion[]> = {
  key: 'exp',
  fallback: [],
  parse: (raw) =>
    (raw ?? '')
      .split(',')
      .map(parseExpansion)
      .filter((e): e is Expansion => e !== null)
      .reduce(withExpansion, [] as Expansion[]),
  write: (value) => (value.length > 0 ? value.map(formatExpansion).join(',') : null),
};

/** The nodes of an answer not on the canvas yet: what an expand would add. */
export function newNodeIds(sub: Subgraph, present: (id: string) => boolean): string[] {
  return [...new Set(sub.nodes.map((n) => n.id).filter((id) => !present(id)))];
}

/** Whether an expand adding `count` nodes asks first. */
export const needsConfirmation = (count: number, options = defaults) => count > options.confirmAbove;

/** What the user is asked before a big expand: what, through which links, how many nodes. */
export function expandQuestion(what: string, how: Omit<Expansion, 'id'>, adding: number, drawn: number): string {
  const way = how.direction === 'IN' ? 'incoming' : how.direction === 'OUT' ? 'outgoing' : null;
  const through = how.rel || way ? ` through ${[how.rel ?? 'every link', way].filter(Boolean).join(', ')}` : '';
  return `Expanding ${what}${through} adds ${adding} nodes to the ${drawn} drawn.`;
}

/** The neighbourhood of one node through the links an expansion follows (client/src/graphql/explorer.graphql). */
export { ExpandDocument as EXPAND } from '../generated/graphql.ts';

/** The API's variables for an expansion. */
export const expandVariables = (e: Expansion) => ({ id: e.id, rel: e.rel, direction: e.direction });
