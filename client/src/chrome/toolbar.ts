// The canvas toolbar, the layout picker and the trace controls: each button wired to the app's
// action, and `sync` enabling what the current state allows (Expand needs a selected node, Undo
// something to undo, a path two different ends, the bulk actions a box selection, …).
import { REL_TYPES } from '../../../graph/model.ts';
import type { App } from '../app.ts';
import { LAYOUT_LABEL, LAYOUTS } from '../canvas/layouts.ts';
import { moveViewport } from '../canvas/motion.ts';
import { byId, fill, h } from '../dom.ts';
import { DIRECTIONS, type LinkDirection } from '../scene/expansion.ts';
import type { ViewState } from '../state/url-state.ts';

const DIRECTION_LABEL: Record<LinkDirection, string> = { BOTH: 'both ways', OUT: 'outgoing', IN: 'incoming' };

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
    const focused = state.focus.length > 0;
    enable('btn-focus', node || focused);
    byId('btn-focus').textContent = focused ? 'Unfocus' : 'Focus';
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
    // A box selection of two or more nodes offers its bulk actions.
    const boxed = a.canvas.selectedNodeIds();
    byId('bulk').hidden = boxed.length < 2;
    byId('bulk-count').textContent = `${boxed.length} nodes selected`;
  }

  const layout = byId<HTMLSelectElement>('layout');
  fill(
    layout,
    LAYOUTS.map((l) => h('option', { value: l }, LAYOUT_LABEL[l])),
  );
  layout.addEventListener('change', () => void need().update({ layout: layout.value as ViewState['layout'] }));
  const selected = () => need().state.selected;
  const on = (id: string, fn: () => void) => byId(id).addEventListener('click', fn);
  on('btn-fit', () => moveViewport(need().canvas.cy, { fit: { eles: need().canvas.visible(), padding: 24 } }, 300));
  on('btn-expand', () => selected() && void need().expand(selected()!));
  on('btn-hide', () => selected() && need().hide([selected()!]));
  on('btn-focus', () => need().focus(need().state.focus.length > 0 || !selected() ? [] : [selected()!]));
  // What an expand follows: every link, or one relationship type, one way.
  const rel = byId<HTMLSelectElement>('expand-rel');
  const direction = byId<HTMLSelectElement>('expand-dir');
  fill(
    rel,
    h('option', { value: '' }, 'every link'),
    REL_TYPES.map((t) => h('option', { value: t }, t.toLowerCase().replace(/_/g, ' '))),
  );
  fill(
    direction,
    DIRECTIONS.map((d) => h('option', { value: d }, DIRECTION_LABEL[d])),
  );
  const choose = () => (need().expandWith = { rel: rel.value || null, direction: direction.value as LinkDirection });
  rel.addEventListener('change', choose);
  direction.addEventListener('change', choose);
  // Bulk actions on a box selection (shift-drag on the canvas).
  const boxed = () => need().canvas.selectedNodeIds();
  on('btn-bulk-expand', () => void need().expandAll(boxed()));
  on('btn-bulk-hide', () => need().hide(boxed()));
  on('btn-bulk-focus', () => need().focus(boxed()));
  on('btn-bulk-clear', () => {
    need().canvas.cy.nodes(':selected').unselect();
    sync(need().state);
  });
  // Scenes: saved as a JSON file, and opened again through a file picker.
  const sceneFile = byId<HTMLInputElement>('scene-file');
  on('btn-scene-save', async () => {
    byId<HTMLDetailsElement>('export-menu').open = false;
    try {
      await (await import('../scene/scene-io.ts')).saveScene(need());
    } catch (error) {
      onError(error as Error);
    }
  });
  on('btn-scene-open', () => sceneFile.click());
  sceneFile.addEventListener('change', async () => {
    const file = sceneFile.files?.[0];
    sceneFile.value = '';
    if (!file) return;
    try {
      await (await import('../scene/scene-io.ts')).openSceneFile(need(), file);
    } catch (error) {
      onError(error as Error);
    }
  });
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
    if (pathFrom && pathTo)
      void need().update({
        trace: any ? { mode: 'path', from: pathFrom, to: pathTo, any } : { mode: 'path', from: pathFrom, to: pathTo },
      });
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
