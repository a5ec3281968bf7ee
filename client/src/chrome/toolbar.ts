// The canvas toolbar, the layout picker and the trace controls: each button wired to the app's
// action, and `sync` enabling what the current state allows (Expand needs a selected node, Undo
// something to undo, a path two different ends, …).
import type { App } from '../app.ts';
import { LAYOUT_LABEL, LAYOUTS } from '../canvas/layouts.ts';
import { byId, fill, h } from '../dom.ts';
import type { ViewState } from '../state/url-state.ts';

export interface Toolbar {
  sync(state: ViewState): void;
}

export function mountToolbar(need: () => App, onError: (e: Error) => void): Toolbar {
  /** The two ends of the shortest path, picked one after the other from the selection. */
  let pathFrom: string | null = null;
  let pathTo: string | null = null;

  function sync(state: ViewState): void {
    const a = need();
    const sel = state.selected ? a.canvas.cy.getElementById(state.selected) : null;
    const node = !!sel && sel.nonempty() && sel.isNode();
    byId<HTMLSelectElement>('layout').value = state.layout;
    const enable = (id: string, on: boolean) => (byId<HTMLButtonElement>(id).disabled = !on);
    enable('btn-expand', node);
    enable('btn-hide', !!sel && sel.nonempty());
    enable('btn-focus', node || !!state.focus);
    byId('btn-focus').textContent = state.focus ? 'Unfocus' : 'Focus';
    enable('btn-undo', a.canUndo);
    enable('btn-redo', a.canRedo);
    enable('btn-citers', node);
    enable('btn-cocited', node);
    enable('btn-path-from', node);
    enable('btn-path-to', node);
    enable('btn-path', !!pathFrom && !!pathTo && pathFrom !== pathTo);
    enable('btn-clear-trace', !!state.trace);
    const label = (id: string | null) => (id ? String(a.canvas.cy.getElementById(id).data('fullLabel') ?? id) : '—');
    byId('path-from').textContent = label(pathFrom);
    byId('path-to').textContent = label(pathTo);
  }

  const layout = byId<HTMLSelectElement>('layout');
  fill(layout, LAYOUTS.map((l) => h('option', { value: l }, LAYOUT_LABEL[l])));
  layout.addEventListener('change', () => void need().update({ layout: layout.value as ViewState['layout'] }));
  const selected = () => need().state.selected;
  const on = (id: string, fn: () => void) => byId(id).addEventListener('click', fn);
  on('btn-fit', () => need().canvas.cy.animate({ fit: { eles: need().canvas.visible(), padding: 24 } }, { duration: 300 }));
  on('btn-expand', () => selected() && void need().expand(selected()!));
  on('btn-hide', () => selected() && need().hide(selected()!));
  on('btn-focus', () => need().focus(need().state.focus ? null : selected()));
  on('btn-undo', () => need().undoStep());
  on('btn-redo', () => need().undoStep(true));
  on('btn-citers', () => selected() && void need().update({ trace: { mode: 'citers', target: selected()! } }));
  on('btn-cocited', () => selected() && void need().update({ trace: { mode: 'cocited', target: selected()! } }));
  on('btn-path-from', () => {
    pathFrom = selected();
    sync(need().state);
  });
  on('btn-path-to', () => {
    pathTo = selected();
    sync(need().state);
  });
  on('btn-path', () => {
    const any = byId<HTMLInputElement>('path-any').checked;
    if (pathFrom && pathTo) void need().update({ trace: any ? { mode: 'path', from: pathFrom, to: pathTo, any } : { mode: 'path', from: pathFrom, to: pathTo } });
  });
  on('btn-clear-trace', () => void need().update({ trace: null }));
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    b.addEventListener('click', async () => {
      byId<HTMLDetailsElement>('export-menu').open = false;
      try {
        const { buildExport, download } = await import('../export/index.ts');
        download(await buildExport(need().canvas.cy, b.dataset.export as 'png'));
      } catch (error) {
        onError(error as Error);
      }
    });
  }
  return { sync };
}
