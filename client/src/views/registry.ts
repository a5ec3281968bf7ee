// Every view of the explorer in one place: its button, the URL parameters only it reads, and
// the module that draws it. The view bar, the view containers (view-host.ts) and the URL state
// (state/url-state.ts) are all built from this table.
//
// To add a view:
//   1. write `views/NAME.ts` exporting a factory `(container, deps) => ({ show(state) })`
//      (corpus/view-deps.ts says what `deps` offers; `show` runs whenever the state changes
//      while the view is current);
//   2. add an entry below: `label` (and `title`) for its button, `params` for any value it keeps
//      in the URL (state field → `textParam('key')`, `intParam(...)`, …; the key must be unused),
//      and `load` importing the module, which becomes its own chunk loaded on first use.
// That is all: the state gains the fields, the link keeps them, and the button appears.
import { intParam, type Param, textParam } from '../state/params.ts';

/**
 * A view's factory as this table sees it: `corpus/view-deps.ts`'s `ViewFactory` with the state
 * and deps left open. The state is typed from this table (state/url-state.ts), so naming the
 * full type here would make the table depend on itself; view-host.ts gives it back.
 */
export type LoadedView = (container: HTMLElement, deps: never) => { show(state: never): unknown };

export interface ViewSpec {
  /** The button's text in the view bar. */
  label: string;
  /** The button's tooltip. */
  title?: string;
  /** URL parameters only this view reads: state field → how it is written in the link. */
  params?: Record<string, Param<unknown>>;
  /** Loads the view's module (none for the graph: the canvas is always there, under the others). */
  load?: () => Promise<LoadedView>;
}

export const VIEW_SPECS = {
  graph: { label: 'Graph' },
  reading: { label: 'Reading', load: (): Promise<LoadedView> => import('./reading.ts').then((m) => m.readingView) },
  matrix: { label: 'Matrix', load: (): Promise<LoadedView> => import('./matrix.ts').then((m) => m.matrixView) },
  cocitation: {
    label: 'Co-citation',
    title: 'Targets cited together across the corpus',
    /** The fewest shared paragraphs a pair needs. */
    params: { minWeight: intParam('minw', 2, 1, 1000) },
    load: (): Promise<LoadedView> => import('./cocitation.ts').then((m) => m.createCoCitationView),
  },
  compare: {
    label: 'Compare',
    title: "Two documents' citations side by side",
    /** The two documents' symbols. */
    params: { compareA: textParam('cmpA'), compareB: textParam('cmpB') },
    load: (): Promise<LoadedView> => import('./compare.ts').then((m) => m.createCompareView),
  },
  timeline: {
    label: 'Timeline',
    title: 'Adoption, entry into force and citations over time',
    /** The target whose events are shown; null = the whole corpus. */
    params: { timeline: textParam('tl') },
    load: (): Promise<LoadedView> => import('./timeline.ts').then((m) => m.createTimelineView),
  },
  chain: {
    label: 'Chain',
    title: 'Resolutions that recall earlier ones',
    /** The resolution whose chain is walked. */
    params: { chain: textParam('chain') },
    load: (): Promise<LoadedView> => import('./chain.ts').then((m) => m.createChainView),
  },
} satisfies Record<string, ViewSpec>;

export type ViewName = keyof typeof VIEW_SPECS;
export const VIEWS = Object.keys(VIEW_SPECS) as ViewName[];

type Registry = typeof VIEW_SPECS;
type ValuesOf<P> = { [K in keyof P]: P[K] extends Param<infer T> ? T : never };
type ParamsOf<V extends ViewName> = Registry[V] extends { params: infer P } ? ValuesOf<P> : Record<never, never>;
type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** The state fields the views declare, one intersection of every view's `params`. */
export type ViewParams = Intersect<{ [V in ViewName]: ParamsOf<V> }[ViewName]>;

/** Every view parameter as [state field, codec], in the registry's order. */
export const VIEW_PARAMS: [string, Param<unknown>][] = Object.values(VIEW_SPECS).flatMap(
  (spec: ViewSpec) => Object.entries(spec.params ?? {}) as [string, Param<unknown>][],
);
