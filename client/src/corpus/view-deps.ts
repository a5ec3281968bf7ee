// What every view (views/registry.ts) needs from the app: the API, a way to move the state (which
// writes the URL), a way to select a node, the canvas, and somewhere to report errors.
import type { Api } from '../api.ts';
import type { Canvas } from '../canvas/canvas.ts';
import type { ViewState } from '../state/url-state.ts';

export interface ViewDeps {
  api: Api;
  /** Moves to a new state (URL included), as every click in the app does. */
  go(patch: Partial<ViewState>): void;
  /** Shows a node or edge in the details panel, staying in the current view. */
  select(id: string): void;
  /** The graph on the canvas (the Matrix view tabulates what it shows). */
  canvas(): Canvas;
  onError(error: Error): void;
}

export interface CorpusView {
  show(state: ViewState): Promise<void> | void;
}

/** Makes a view once, in its container; the registry loads it on first use. */
export type ViewFactory = (container: HTMLElement, deps: ViewDeps) => CorpusView;
