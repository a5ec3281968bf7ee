// Typeahead over the API's search: results appear as you type (debounced), arrow keys move,
// Enter picks, Esc clears. The combobox follows the WAI-ARIA 1.2 pattern so screen readers
// announce the options.
import type { Api } from '../api.ts';
import { byId, fill, h } from '../dom.ts';
import { SEARCH } from '../graphql-documents.ts';
import { kindStyle } from '../canvas/style.ts';
import type { SearchHit } from '../types.ts';
import { shapeSwatch } from './swatch.ts';
import { emptyReasons } from './empty-reasons.ts';

export const defaults = {
  /** Wait this long after the last keystroke: one request per pause, not per key. */
  debounceMs: 180,
  limit: 10,
  minLength: 2,
};

export function createSearch(
  api: Api,
  onPick: (hit: SearchHit) => void,
  onError: (error: Error) => void,
  options = defaults,
): { focus(): void; clear(): void } {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('search-results');
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    fill(
      list,
      hits.length === 0
        ? h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, emptyReasons.search(input.value.trim()))
        : hits.map((hit, i) =>
            h(
              'li',
              {
                id: `search-hit-${i}`,
                role: 'option',
                'aria-selected': i === active ? 'true' : 'false',
                class: i === active ? 'active' : '',
                onmousedown: (e: Event) => {
                  e.preventDefault();
                  pick(i);
                },
              },
              shapeSwatch(kindStyle(hit.node.kind)),
              h('span', { class: 'hit-label' }, hit.node.label),
              h('span', { class: 'hit-detail' }, detail(hit)),
            ),
          ),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    close();
    input.value = hit.node.label;
    onPick(hit);
  };

  const lookup = async (text: string) => {
    const mine = ++generation;
    try {
      const data = await api.request(SEARCH, { text, limit: options.limit });
      if (mine !== generation) return; // a newer keystroke has its own answer coming
      hits = data.search;
      active = hits.length ? 0 : -1;
      render();
    } catch (error) {
      if (mine === generation) onError(error as Error);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < options.minLength) return close();
    timer = setTimeout(() => void lookup(text), options.debounceMs);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden || !hits.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
      else if (input.value.trim().length >= options.minLength) void lookup(input.value.trim());
    } else if (e.key === 'Escape') {
      e.preventDefault();
      input.value = '';
      close();
      input.blur();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  return {
    focus: () => input.focus(),
    clear: () => {
      input.value = '';
      close();
    },
  };
}

function detail(hit: SearchHit): string {
  const n = hit.node;
  // Each kind of hit has its own words: the fields its fragment of the Search document asks for.
  const text =
    ('title' in n && n.title) ||
    ('resolutionTitle' in n && n.resolutionTitle) ||
    ('name' in n && n.name) ||
    ('text' in n && n.text) ||
    ('symbol' in n && n.symbol) ||
    '';
  const clipped = text.length > 70 ? `${text.slice(0, 69)}…` : text;
  return `${kindStyle(n.kind).name}${clipped && clipped !== n.label ? ` · ${clipped}` : ''}`;
}
