// The Timeline view: the dated events of one target (adoption, opening for signature, entry into
// force, each citing document) or of the whole corpus, on a horizontal time axis, with a legend
// and the same events as a table (the accessible form). A row can set the graph's time filter.
import '../corpus/corpus-views.css';
import { fill, h } from '../dom.ts';
import { EVENT_STYLE, eventDescription, layoutTimeline, yearTicks, type EventKind, type TimelineEvent } from '../corpus/timeline-data.ts';
import type { CorpusView, ViewDeps } from '../corpus/view-deps.ts';
import { nodeLink } from '../panels/marked-text.ts';
import { TIMELINE } from '../corpus/graphql-documents.ts';
import type { ViewState } from '../state/url-state.ts';
import { legendSwatch, timelineSvg } from './timeline-svg.ts';

export function createTimelineView(container: HTMLElement, deps: ViewDeps): CorpusView {
  const scope = h('select', { id: 'tl-scope' });
  scope.addEventListener('change', () => deps.go({ timeline: scope.value || null }));
  const legend = h('ul', { class: 'legend', 'aria-label': 'Legend' }, (Object.keys(EVENT_STYLE) as EventKind[]).map((k) =>
    h('li', {}, legendSwatch(k), EVENT_STYLE[k].name)));
  const body = h('div', { class: 'timeline-body', 'aria-live': 'polite' });
  fill(container, h('div', { class: 'view-tools' }, h('h2', {}, 'Timeline'), h('label', { for: 'tl-scope' }, 'Events of'), scope, legend), body);
  let shown: string | null | undefined;
  let width = 0;

  async function show(state: ViewState): Promise<void> {
    const selection = state.selected && !state.selected.includes('#') ? state.selected : null;
    const options: [string, string][] = [['', 'the whole corpus']];
    if (state.timeline) options.push([state.timeline, state.timeline]);
    if (selection && selection !== state.timeline) options.push([selection, `the selection: ${selection}`]);
    fill(scope, options.map(([value, text]) => h('option', { value }, text)));
    scope.value = state.timeline ?? '';
    const available = container.clientWidth - 40;
    if (shown === state.timeline && Math.abs(width - available) < 40) return;
    shown = state.timeline;
    width = available;
    fill(body, h('p', { class: 'loading' }, 'Loading the timeline…'));
    try {
      const { timeline } = await deps.api.request(TIMELINE, { target: state.timeline });
      if (shown !== state.timeline) return;
      const name = timeline[0]?.node.label;
      if (state.timeline && name) scope.options[1]!.text = name;
      fill(body, render(timeline, available, state.timeline ? name ?? state.timeline : null, deps));
    } catch (error) {
      shown = undefined;
      fill(body, h('p', { class: 'empty' }, 'The timeline could not be loaded.'));
      deps.onError(error as Error);
    }
  }
  return { show };
}

function render(events: TimelineEvent[], width: number, name: string | null, deps: ViewDeps): (Node | string)[] {
  if (events.length === 0) return [h('p', { class: 'empty' }, name ? `Nothing dated is known about ${name}.` : 'No dated events in the corpus.')];
  const layout = layoutTimeline(events, width);
  const ticks = layout.scale ? yearTicks(layout.scale) : [];
  const drawn = layout.placed.length;
  const pickNode = (id: string) => deps.select(id);
  return [
    h('p', { class: 'count' }, `${events.length} events${name ? ` of ${name}` : ' in the corpus'}: ${drawn} dated`,
      layout.undated.length ? `, ${layout.undated.length} undated (listed in the table only)` : '', '.'),
    drawn ? h('div', { class: 'timeline-scroll' }, timelineSvg(layout, ticks, pickNode)) : '',
    h('table', { class: 'timeline-table' },
      h('caption', {}, 'The same events as a table'),
      h('thead', {}, h('tr', {}, ['Date', 'Event', 'What', 'Citing document', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, [...layout.placed.map((p) => p.event), ...layout.undated].map((e) => h('tr', { class: e.kind },
        h('td', { class: 'date' }, e.date ?? 'undated'),
        h('td', {}, legendSwatch(e.kind), ' ', EVENT_STYLE[e.kind].name),
        h('td', {}, nodeLink(e.node.id, e.node.label, pickNode)),
        h('td', {}, e.document ? [nodeLink(e.document.id ?? e.document.symbol, e.document.symbol, pickNode), e.paragraphCount ? ` (${e.paragraphCount} ¶)` : ''] : ''),
        h('td', {}, e.date ? h('button', { type: 'button', class: 'link-button', title: `Show the graph as it was on ${e.date}: ${eventDescription(e)}`,
          onclick: () => deps.go({ asOf: e.date, view: 'graph' }) }, 'Graph as of this date') : ''))))),
  ];
}
