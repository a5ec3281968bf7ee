// Puts the registry's views on the page: a button per view in the view bar, a container per view
// over the canvas, and the current view shown whenever the state changes. Each view's module is
// loaded on first use, so the first screen carries none of them.
import type { CorpusView, ViewDeps, ViewFactory } from '../corpus/view-deps.ts';
import { byId, fill, h } from '../dom.ts';
import type { ViewName, ViewState } from '../state/url-state.ts';
import { VIEW_SPECS, VIEWS, type ViewSpec } from './registry.ts';

export interface ViewHost {
  show(state: ViewState): Promise<void>;
}

/** Builds the view bar (`nav.views`) and the containers (in `#stage`, after the canvas). */
export function mountViews(deps: ViewDeps): ViewHost {
  const bar = document.querySelector<HTMLElement>('nav.views');
  if (!bar) throw new Error('nav.views is missing from index.html');
  const buttons = new Map<ViewName, HTMLButtonElement>();
  const containers = new Map<ViewName, HTMLElement>();
  for (const name of VIEWS) {
    const spec: ViewSpec = VIEW_SPECS[name];
    const button = h(
      'button',
      { type: 'button', 'data-view': name, 'aria-pressed': String(name === 'graph'), title: spec.title },
      spec.label,
    );
    button.addEventListener('click', () => deps.go({ view: name }));
    buttons.set(name, button);
    // The graph is the canvas itself (#cy); every other view is drawn over it.
    if (spec.load) containers.set(name, h('div', { id: name, class: 'overlay-view', hidden: true }));
  }
  fill(bar, [...buttons.values()]);
  byId('stage').append(...containers.values());

  const made = new Map<ViewName, Promise<CorpusView>>();
  async function show(state: ViewState): Promise<void> {
    for (const [name, container] of containers) container.toggleAttribute('hidden', name !== state.view);
    for (const [name, button] of buttons) button.setAttribute('aria-pressed', String(name === state.view));
    const name = state.view;
    const container = containers.get(name);
    const load = (VIEW_SPECS[name] as ViewSpec).load;
    if (!container || !load) return;
    if (!made.has(name)) {
      fill(container, h('p', { class: 'loading' }, 'Loading the view…'));
      // Every view module exports a ViewFactory; the registry only names it loosely (see LoadedView).
      made.set(
        name,
        load().then((create) => (create as unknown as ViewFactory)(container, deps)),
      );
    }
    try {
      await (await made.get(name)!).show(state);
    } catch (error) {
      made.delete(name);
      fill(
        container,
        h(
          'p',
          { class: 'empty' },
          'This view could not be loaded. ',
          h('button', { type: 'button', onclick: () => void show(state) }, 'Retry'),
        ),
      );
      deps.onError(error as Error);
    }
  }
  return { show };
}
