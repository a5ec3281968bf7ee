// Legend and filters in one: each node kind and relationship type is listed with its shape or
// line, its count on the canvas, and a checkbox that shows or hides it. A theme picker narrows
// the paragraphs to one theme.
import { byId, fill, h } from '../dom.ts';
import { KIND_STYLE, kindStyle, relStyle } from '../style.ts';
import type { ThemeInfo } from '../types.ts';
import { lineSwatch, shapeSwatch } from './swatch.ts';

export interface FilterState {
  hiddenKinds: string[];
  hiddenRels: string[];
  theme: string | null;
}

export interface FilterCounts {
  kinds: Map<string, { total: number; visible: number }>;
  rels: Map<string, { total: number; visible: number }>;
}

export interface FiltersPanel {
  render(state: FilterState, counts: FilterCounts): void;
  setThemes(themes: ThemeInfo[]): void;
}

export function createFilters(onChange: (next: FilterState) => void): FiltersPanel {
  const kindsBox = byId('filter-kinds');
  const relsBox = byId('filter-rels');
  const themeSelect = byId<HTMLSelectElement>('filter-theme');
  let current: FilterState = { hiddenKinds: [], hiddenRels: [], theme: null };

  themeSelect.addEventListener('change', () => onChange({ ...current, theme: themeSelect.value || null }));

  const toggle = (list: string[], value: string, on: boolean) => (on ? list.filter((v) => v !== value) : [...list, value]);

  function row(name: string, swatch: SVGSVGElement, count: { total: number; visible: number }, checked: boolean, change: (on: boolean) => void) {
    const shown = count.visible === count.total ? `${count.total}` : `${count.visible}/${count.total}`;
    return h('li', {},
      h('label', {},
        h('input', { type: 'checkbox', checked, onchange: (e: Event) => change((e.target as HTMLInputElement).checked) }),
        swatch, h('span', { class: 'name' }, name), h('span', { class: 'count' }, shown)));
  }

  return {
    render(state, counts) {
      current = state;
      // Kinds in legend order, including kinds absent from this graph, so the legend is complete.
      const kinds = [...new Set([...Object.keys(KIND_STYLE), ...counts.kinds.keys()])];
      fill(kindsBox, kinds.map((kind) =>
        row(kindStyle(kind).name, shapeSwatch(kindStyle(kind)), counts.kinds.get(kind) ?? { total: 0, visible: 0 }, !state.hiddenKinds.includes(kind),
          (on) => onChange({ ...current, hiddenKinds: toggle(current.hiddenKinds, kind, on) }))));
      const rels = [...counts.rels.keys()].sort((a, b) => counts.rels.get(b)!.total - counts.rels.get(a)!.total);
      fill(relsBox, rels.map((rel) =>
        row(relStyle(rel).name, lineSwatch(relStyle(rel)), counts.rels.get(rel)!, !state.hiddenRels.includes(rel),
          (on) => onChange({ ...current, hiddenRels: toggle(current.hiddenRels, rel, on) }))));
      themeSelect.value = state.theme ?? '';
    },
    setThemes(themes) {
      const sorted = [...themes].filter((t) => t.paragraphCount > 0).sort((a, b) => b.paragraphCount - a.paragraphCount || a.label.localeCompare(b.label));
      fill(themeSelect, h('option', { value: '' }, 'All themes'), sorted.map((t) => h('option', { value: t.id }, `${t.label} (${t.paragraphCount})`)));
      themeSelect.value = current.theme ?? '';
    },
  };
}
