// The view state that a URL carries, so a view can be shared and back/forward step through it.
// Only values that differ from the defaults are written, which keeps shared links short.
// The values only one view reads (Compare's two documents, …) are declared by that view in
// views/registry.ts and joined in here.
import { LAYOUTS, type LayoutName } from '../canvas/layouts.ts';
import { VIEW_PARAMS, VIEWS, type ViewName, type ViewParams } from '../views/registry.ts';
import { type Expansion, expansionsParam } from '../scene/expansion.ts';
import { listParam } from './params.ts';
export { ALL_DOCUMENTS } from '../scope.ts';
export { VIEWS, type ViewName } from '../views/registry.ts';

export type Trace =
  /** `any`: the path may follow every link (themes, reading order), not only citation links. */
  | { mode: 'path'; from: string; to: string; any?: boolean }
  | { mode: 'citers'; target: string }
  | { mode: 'cocited'; target: string };

export interface CoreState {
  view: ViewName;
  layout: LayoutName;
  /** Id of the selected node or edge. */
  selected: string | null;
  /** Node kinds and relationship types switched off in the filters. */
  hiddenKinds: string[];
  hiddenRels: string[];
  /** Show only paragraphs that address this theme (with what they link to). */
  theme: string | null;
  /** Focus mode: only these nodes' neighbourhoods are shown (none: no focus). */
  focus: string[];
  /** Document symbol whose graph is shown; null = the default document; ALL_DOCUMENTS = the whole corpus. */
  doc: string | null;
  trace: Trace | null;
  /** Time filter: show only what existed or was cited on or before this ISO date. */
  asOf: string | null;
  /** Overview: the documents opened into their paragraphs, so a shared link opens them too. */
  open: string[];
  /** The nodes expanded, in order, each through the links it followed. */
  expanded: Expansion[];
  /** Elements the user hid (Hide, Delete). */
  hidden: string[];
}

export type ViewState = CoreState & ViewParams;

export const defaults: ViewState = {
  view: 'graph',
  layout: 'fcose',
  selected: null,
  // Themes start hidden: 30-odd theme tags crowd the first picture, and the theme picker
  // works without them. One click in the legend shows them.
  hiddenKinds: ['theme'],
  hiddenRels: [],
  theme: null,
  focus: [],
  doc: null,
  trace: null,
  asOf: null,
  open: [],
  expanded: [],
  hidden: [],
  ...(Object.fromEntries(VIEW_PARAMS.map(([field, param]) => [field, param.fallback])) as ViewParams),
};

/** The query keys of the state above, which no view may declare again. */
export const CORE_KEYS = [
  'view',
  'layout',
  'sel',
  'hideKinds',
  'hideRels',
  'theme',
  'focus',
  'doc',
  'from',
  'to',
  'via',
  'citers',
  'cocited',
  'asof',
  'open',
  'exp',
  'hide',
];
const openParam = listParam('open');
const focusParam = listParam('focus');
const hiddenParam = listParam('hide');

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export function parseState(search: string): ViewState {
  const q = new URLSearchParams(search);
  return {
    view: oneOf(q.get('view'), VIEWS, defaults.view),
    layout: oneOf(q.get('layout'), LAYOUTS, defaults.layout),
    selected: q.get('sel'),
    hiddenKinds: q.has('hideKinds') ? list(q.get('hideKinds')) : [...defaults.hiddenKinds],
    hiddenRels: q.has('hideRels') ? list(q.get('hideRels')) : [...defaults.hiddenRels],
    theme: q.get('theme'),
    focus: focusParam.parse(q.get(focusParam.key)),
    doc: q.get('doc'),
    trace: parseTrace(q),
    asOf: isoDate(q.get('asof')),
    open: openParam.parse(q.get(openParam.key)),
    expanded: expansionsParam.parse(q.get(expansionsParam.key)),
    hidden: hiddenParam.parse(q.get(hiddenParam.key)),
    ...(Object.fromEntries(VIEW_PARAMS.map(([field, param]) => [field, param.parse(q.get(param.key))])) as ViewParams),
  };
}

/** A calendar date as the API writes it (2003-10-31), else null: a bad link must not filter everything out. */
function isoDate(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

function parseTrace(q: URLSearchParams): Trace | null {
  const from = q.get('from');
  const to = q.get('to');
  if (from && to) return q.get('via') === 'any' ? { mode: 'path', from, to, any: true } : { mode: 'path', from, to };
  const citers = q.get('citers');
  if (citers) return { mode: 'citers', target: citers };
  const cocited = q.get('cocited');
  if (cocited) return { mode: 'cocited', target: cocited };
  return null;
}

/** The query string for a state, with a leading `?`, or '' for the default state. */
export function serializeState(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.view !== defaults.view) q.set('view', state.view);
  if (state.layout !== defaults.layout) q.set('layout', state.layout);
  if (state.doc) q.set('doc', state.doc);
  if (state.selected) q.set('sel', state.selected);
  const sorted = (l: string[]) => [...l].sort().join(',');
  // Written whenever it differs from the default, even empty ("hide nothing").
  if (sorted(state.hiddenKinds) !== sorted(defaults.hiddenKinds)) q.set('hideKinds', sorted(state.hiddenKinds));
  if (sorted(state.hiddenRels) !== sorted(defaults.hiddenRels)) q.set('hideRels', sorted(state.hiddenRels));
  if (state.theme) q.set('theme', state.theme);
  const focus = focusParam.write(state.focus);
  if (focus !== null) q.set(focusParam.key, focus);
  const trace = state.trace;
  if (trace?.mode === 'path') {
    q.set('from', trace.from);
    q.set('to', trace.to);
    if (trace.any) q.set('via', 'any');
  } else if (trace?.mode === 'citers') q.set('citers', trace.target);
  else if (trace?.mode === 'cocited') q.set('cocited', trace.target);
  if (state.asOf) q.set('asof', state.asOf);
  for (const [field, param] of VIEW_PARAMS) {
    const value = param.write((state as unknown as Record<string, unknown>)[field]);
    if (value !== null) q.set(param.key, value);
  }
  for (const [param, value] of [
    [openParam, state.open],
    [hiddenParam, state.hidden],
  ] as const) {
    const text = param.write(value);
    if (text !== null) q.set(param.key, text);
  }
  const expanded = expansionsParam.write(state.expanded);
  if (expanded !== null) q.set(expansionsParam.key, expanded);
  const text = q.toString();
  return text ? `?${text}` : '';
}

export function sameState(a: ViewState, b: ViewState): boolean {
  return serializeState(a) === serializeState(b);
}
