// Legend and filters in one: each node kind and relationship type is listed with its shape or
// line, its count on the canvas, and a checkbox that shows or hides it. A theme picker narrows
// the paragraphs to one theme.
import { byId, fill, h } from '../dom.ts';
import { KIND_STYLE, kindStyle, relStyle } from '../canvas/style.ts';
import type { ThemeInfo } from '../types.ts';
import { lineSwatch, shapeSwatch } from './swatch.ts';
import { emptyReasons } from './empty-reasons.ts';

export interface FilterState {
  hiddenKinds: string[];
  hiddenRels: string[];
  theme: string | null;
}

/** The other things that take nodes off the canvas, named when the filters leave nothing. */
interface OtherFilters {
  asOf?: string | null;
  focus?: readonly string[];
}

export interface FilterCounts {
  kinds: Map<string, { total: number; visible: number }>;
  rels: Map<string, { total: number; visible: number }>;
  /** Theme id → paragraphs in the current view that address it. */
  themes: Map<string, number>;
}

/** Theme id → how many of these paragraphs (each with its theme ids) address it. */
export function themeCounts(paragraphThemes: Iterable<unknown>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const themes of paragraphThemes) {
    if (!Array.isArray(themes)) continue;
    for (const t of new Set(themes.map(String))) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

export interface FiltersPanel {
  render(state: FilterState & OtherFilters, counts: FilterCounts): void;
  setThemes(themes: ThemeInfo[]): void;
}

export function createFilters(onChange: (next: FilterState) => void): FiltersPanel {
  const kindsBox = byId('filter-kinds');
  const relsBox = byId('filter-rels');
  const themeSelect = byId<HTMLSelectElement>('filter-theme');
  // Said when the filters leave no node on the canvas: why, and how to get the nodes back.
  const nothingLeft = h('p', { class: 'empty', role: 'status', hidden: true });
  kindsBox.before(nothingLeft);
  let current: FilterState = { hiddenKinds: [], hiddenRels: [], theme: null };
  let known: ThemeInfo[] = [];
  let inView = new Map<string, number>();
  // The picker offers the themes of the paragraphs in view, with their counts there (the chosen one always).
  const fillThemes = () => {
    const offered = known
      .filter((t) => (inView.get(t.id) ?? 0) > 0 || t.id === current.theme)
      .sort((a, b) => (inView.get(b.id) ?? 0) - (inView.get(a.id) ?? 0) || a.label.localeCompare(b.label));
    fill(
      themeSelect,
      h('option', { value: '' }, offered.length ? 'All themes' : 'No theme in this view'),
      offered.map((t) => h('option', { value: t.id }, `${t.label} (${inView.get(t.id) ?? 0})`)),
    );
    themeSelect.value = current.theme ?? '';
  };

  themeSelect.addEventListener('change', () => onChange({ ...current, theme: themeSelect.value || null }));

  const toggle = (list: string[], value: string, on: boolean) =>
    on ? list.filter((v) => v !== value) : [...list, value];

  function row(
    name: string,
    swatch: SVGSVGElement,
    count: { total: number; visible: number },
    checked: boolean,
    change: (on: boolean) => void,
  ) {
    const shown = count.visible === count.total ? `${count.total}` : `${count.visible}/${count.total}`;
    return h(
      'li',
      {},
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          checked,
          onchange: (e: Event) => change((e.target as HTMLInputElement).checked),
        }),
        swatch,
        h('span', { class: 'name' }, name),
        h('span', { class: 'count' }, shown),
      ),
    );
  }

  return {
    render(state, counts) {
      current = state;
      // Kinds in legend order, including kinds absent from this graph, so the legend is complete.
      const kinds = [...new Set([...Object.keys(KIND_STYLE), ...counts.kinds.keys()])];
      fill(
        kindsBox,
        kinds.map((kind) =>
          row(
            kindStyle(kind).name,
            shapeSwatch(kindStyle(kind)),
            counts.kinds.get(kind) ?? { total: 0, visible: 0 },
            !state.hiddenKinds.includes(kind),
            (on) => onChange({ ...current, hiddenKinds: toggle(current.hiddenKinds, kind, on) }),
          ),
        ),
      );
      const rels = [...counts.rels.keys()].sort((a, b) => counts.rels.get(b)!.total - counts.rels.get(a)!.total);
      fill(
        relsBox,
        rels.map((rel) =>
          row(
            relStyle(rel).name,
            lineSwatch(relStyle(rel)),
            counts.rels.get(rel)!,
            !state.hiddenRels.includes(rel),
            (on) => onChange({ ...current, hiddenRels: toggle(current.hiddenRels, rel, on) }),
          ),
        ),
      );
      inView = counts.themes;
      fillThemes();
      const all = [...counts.kinds.values()];
      const empty = all.some((c) => c.total > 0) && all.every((c) => c.visible === 0);
      nothingLeft.hidden = !empty;
      fill(nothingLeft, empty ? emptyReasons.filters(state, (kind) => kindStyle(kind).name) : '');
    },
    setThemes(themes) {
      known = themes;
      fillThemes();
    },
  };
}
