// The cross-document views (Co-citation, Compare, Timeline, Chain), each loaded as its own chunk
// on first use so the first screen's JavaScript does not grow. Each view is made once and then
// asked to show the state whenever it is the current view.
import { byId, fill, h } from '../dom.ts';
import type { CorpusView, ViewDeps } from '../corpus/view-deps.ts';
import type { ViewName, ViewState } from '../state/url-state.ts';

type Factory = (container: HTMLElement, deps: ViewDeps) => CorpusView;

const LOADERS = {
  cocitation: () => import('./cocitation.ts').then((m): Factory => m.createCoCitationView),
  compare: () => import('./compare.ts').then((m): Factory => m.createCompareView),
  timeline: () => import('./timeline.ts').then((m): Factory => m.createTimelineView),
  chain: () => import('./chain.ts').then((m): Factory => m.createChainView),
} satisfies Partial<Record<ViewName, () => Promise<Factory>>>;

export type CorpusViewName = keyof typeof LOADERS;
export const isCorpusView = (view: ViewName): view is CorpusViewName => view in LOADERS;

export function createCorpusViews(deps: ViewDeps): { show(state: ViewState): Promise<void> } {
  const made = new Map<CorpusViewName, Promise<CorpusView>>();
  return {
    async show(state) {
      const name = state.view;
      if (!isCorpusView(name)) return;
      const container = byId(name);
      if (!made.has(name)) {
        fill(container, h('p', { class: 'loading' }, 'Loading the view…'));
        made.set(name, LOADERS[name]().then((create) => create(container, deps)));
      }
      try {
        await (await made.get(name)!).show(state);
      } catch (error) {
        made.delete(name);
        fill(container, h('p', { class: 'empty' }, 'This view could not be loaded. ', h('button', { type: 'button', onclick: () => void this.show(state) }, 'Retry')));
        deps.onError(error as Error);
      }
    },
  };
}
