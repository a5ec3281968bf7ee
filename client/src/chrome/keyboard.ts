// The keyboard: / searches, Esc clears (the selection, a box selection, a trace), Ctrl+Z undoes;
// on the canvas, arrows move between neighbouring nodes, Enter expands, Delete hides and F
// focuses. Back and forward replay the URL.
import type { NodeSingular } from 'cytoscape';
import type { App } from '../app.ts';
import { ARROW_KEYS, type Direction, neighbourInDirection } from '../canvas/arrow-nav.ts';
import { byId } from '../dom.ts';
import { parseState } from '../state/url-state.ts';

/**
 * Where an arrow key goes: to the selected node's visible neighbour that way; with nothing
 * selected, to the most cited node drawn, so the keyboard has a place to start.
 */
function arrowTarget(a: App, selected: string | null, direction: Direction): string | null {
  const cy = a.canvas.cy;
  const el = selected ? cy.getElementById(selected) : null;
  if (!el || el.empty() || !el.isNode()) {
    const start = a.canvas
      .visible()
      .nodes()
      .max((n) => Number(n.data('cited') ?? 0)).ele;
    return start?.id() ?? null;
  }
  const from = el as unknown as NodeSingular;
  const neighbours = from
    .neighborhood()
    .nodes()
    .filter((n) => n.visible())
    .map((n) => ({ id: n.id(), ...(n as NodeSingular).position() }));
  return neighbourInDirection(from.position(), neighbours, direction);
}

/** `app` is undefined until the graph has loaded; keys before that do nothing. */
export function wireKeyboard(app: () => App | undefined, search: { focus(): void; clear(): void }): void {
  document.addEventListener('keydown', (e) => {
    const typing =
      e.target instanceof HTMLInputElement ||
      e.target instanceof HTMLSelectElement ||
      e.target instanceof HTMLTextAreaElement;
    const a = app();
    if (e.key === '/' && !typing) {
      e.preventDefault();
      search.focus();
    } else if (e.key === 'Escape' && !typing && a) {
      search.clear();
      // A box selection goes too, though it is not part of the state.
      a.canvas.cy.nodes(':selected').unselect();
      void a.update({ selected: null, trace: null });
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !typing && a) {
      e.preventDefault();
      a.undoStep(e.shiftKey);
    }
  });
  byId('cy').addEventListener('keydown', (e) => {
    const a = app();
    const id = a?.state.selected;
    if (a && ARROW_KEYS[e.key]) {
      e.preventDefault();
      const next = arrowTarget(a, id ?? null, ARROW_KEYS[e.key]!);
      if (next) void a.select(next);
      return;
    }
    if (!a || !id) return;
    if (e.key === 'Enter') void a.expand(id);
    else if (e.key === 'Delete' || e.key === 'Backspace') a.hide([id]);
    else if (e.key.toLowerCase() === 'f') a.focus(a.state.focus.length > 0 ? [] : [id]);
  });
  window.addEventListener('popstate', () => void app()?.update(parseState(location.search), false));
}
