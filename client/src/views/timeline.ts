// The Timeline view: the dated events of one target (adoption, opening for signature, entry into
// force, each citing document) or of the whole corpus, on a horizontal time axis, with a legend
// and the same events as a table (the accessible form). A row can set the graph's time filter.
import '../corpus/corpus-views.css';
import { fill, h } from '../dom.ts';
import {
  EVENT_STYLE,
  eventDescription,
  layoutTimeline,
  yearTicks,
  type EventKind,
  type TimelineEvent,
} from '../corpus/timeline-data.ts';
import type { CorpusView, ViewDeps } from '../corpus/view-deps.ts';
import { nodeLink } from '../panels/marked-text.ts';
import { TIMELINE } from '../corpus/graphql-documents.ts';
import type { ViewState } from '../state/url-state.ts';
import { createPlayer, eventsBy, playYears, type Player } from '../corpus/timeline-player.ts';
import { legendSwatch, showYear, timelineSvg } from './timeline-svg.ts';
import { emptyReasons } from '../panels/empty-reasons.ts';

export function createTimelineView(container: HTMLElement, deps: ViewDeps): CorpusView {
  const scope = h('select', { id: 'tl-scope' });
  scope.addEventListener('change', () => deps.go({ timeline: scope.value || null }));
  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    (Object.keys(EVENT_STYLE) as EventKind[]).map((k) => h('li', {}, legendSwatch(k), EVENT_STYLE[k].name)),
  );
  const body = h('div', { class: 'timeline-body', 'aria-live': 'polite' });
  fill(
    container,
    h(
      'div',
      { class: 'view-tools' },
      h('h2', {}, 'Timeline'),
      h('label', { for: 'tl-scope' }, 'Events of'),
      scope,
      legend,
    ),
    body,
  );
  let shown: string | null | undefined;
  let width = 0;
  /** The play of the timeline drawn now: stopped when another is drawn. */
  let player: Player | undefined;

  async function show(state: ViewState): Promise<void> {
    const selection = state.selected && !state.selected.includes('#') ? state.selected : null;
    const options: [string, string][] = [['', 'the whole corpus']];
    if (state.timeline) options.push([state.timeline, state.timeline]);
    if (selection && selection !== state.timeline) options.push([selection, `the selection: ${selection}`]);
    fill(
      scope,
      options.map(([value, text]) => h('option', { value }, text)),
    );
    scope.value = state.timeline ?? '';
    const available = container.clientWidth - 40;
    if (shown === state.timeline && Math.abs(width - available) < 40) return;
    shown = state.timeline;
    width = available;
    player?.reset();
    player = undefined;
    fill(body, h('p', { class: 'loading' }, 'Loading the timeline…'));
    try {
      const { timeline } = await deps.api.request(TIMELINE, { target: state.timeline });
      if (shown !== state.timeline) return;
      const name = timeline[0]?.node.label;
      if (state.timeline && name) scope.options[1]!.text = name;
      const drawn = render(timeline, available, state.timeline ? (name ?? state.timeline) : null, deps);
      player = drawn.player;
      fill(body, drawn.nodes);
    } catch (error) {
      shown = undefined;
      fill(body, h('p', { class: 'empty' }, 'The timeline could not be loaded.'));
      deps.onError(error as Error);
    }
  }
  return { show };
}

/**
 * The play bar: a button that steps the year from the first event's to the last's (each step
 * fades what came later, on the drawing and in the table) and stops at the end, and one that
 * shows every event again. Buttons, so the keyboard reaches them.
 */
function playBar(
  layout: ReturnType<typeof layoutTimeline>,
  drawing: SVGSVGElement | null,
  table: HTMLElement,
): { bar: HTMLElement; player: Player | undefined } {
  const dates = layout.placed.map((p) => p.event.date);
  const years = playYears(dates);
  if (years.length < 2 || !drawing || !layout.scale) return { bar: h('span', {}), player: undefined };
  const button = h('button', { type: 'button', class: 'play', 'aria-pressed': 'false' }, '▶ Play through time');
  const all = h('button', { type: 'button', disabled: true }, 'Show every year');
  const status = h(
    'output',
    { class: 'play-status', 'aria-live': 'polite' },
    `${years[0]}–${years.at(-1)}: ${dates.length} dated events.`,
  );
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const player = createPlayer(years, (year, playing) => {
    showYear(drawing, layout, year);
    const end = year === null ? null : `${year}-12-31`;
    for (const row of rows) row.classList.toggle('later', end !== null && (row.dataset.date ?? '') > end);
    button.textContent = playing
      ? '❚❚ Pause'
      : year === years.at(-1)
        ? '▶ Play again'
        : year === null
          ? '▶ Play through time'
          : '▶ Play on';
    button.setAttribute('aria-pressed', String(playing));
    all.disabled = year === null;
    status.textContent =
      year === null
        ? `${years[0]}–${years.at(-1)}: ${dates.length} dated events.`
        : `By the end of ${year}: ${eventsBy(dates, year)} of ${dates.length} dated events${playing ? '' : year === years.at(-1) ? ' (the end)' : ' (paused)'}.`;
  });
  button.addEventListener('click', () => player.toggle());
  all.addEventListener('click', () => player.reset());
  return { bar: h('div', { class: 'play-bar' }, button, all, status), player };
}

function render(
  events: TimelineEvent[],
  width: number,
  name: string | null,
  deps: ViewDeps,
): { nodes: (Node | string)[]; player?: Player } {
  if (events.length === 0) return { nodes: [h('p', { class: 'empty' }, emptyReasons.timeline(name))] };
  const layout = layoutTimeline(events, width);
  const ticks = layout.scale ? yearTicks(layout.scale) : [];
  const drawn = layout.placed.length + layout.undatedPlaced.length;
  const pickNode = (id: string) => deps.select(id);
  const drawing = drawn ? timelineSvg(layout, ticks, pickNode) : null;
  const table = h(
    'table',
    { class: 'timeline-table' },
    h('caption', {}, 'The same events as a table'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Date', 'Event', 'What', 'Citing document', ''].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      [...layout.placed.map((p) => p.event), ...layout.undated].map((e) =>
        h(
          'tr',
          { class: e.kind, 'data-date': e.date ?? '' },
          h(
            'td',
            { class: 'date' },
            e.date ?? 'undated',
            e.inferred
              ? [
                  ' ',
                  h(
                    'em',
                    { title: 'No date is printed on the document; this is the best date its text gives.' },
                    '(inferred)',
                  ),
                ]
              : '',
          ),
          h('td', {}, legendSwatch(e.kind), ' ', EVENT_STYLE[e.kind].name),
          h('td', {}, nodeLink(e.node.id, e.node.label, pickNode)),
          h(
            'td',
            {},
            e.document
              ? [
                  nodeLink(e.document.id ?? e.document.symbol, e.document.symbol, pickNode),
                  e.paragraphCount ? ` (${e.paragraphCount} ¶)` : '',
                ]
              : '',
          ),
          h(
            'td',
            {},
            e.date
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'link-button',
                    title: `Show the graph as it was on ${e.date}: ${eventDescription(e)}`,
                    onclick: () => deps.go({ asOf: e.date, view: 'graph' }),
                  },
                  'Graph as of this date',
                )
              : '',
          ),
        ),
      ),
    ),
  );
  const { bar, player } = playBar(layout, drawing, table);
  const nodes = [
    h(
      'p',
      { class: 'count' },
      `${events.length} events${name ? ` of ${name}` : ' in the corpus'}: ${layout.placed.length} dated`,
      layout.undated.length
        ? `, ${layout.undated.length} undated (in the "undated" lane at the right, and the table; no date filter keeps them)`
        : '',
      '.',
    ),
    bar,
    drawing ? h('div', { class: 'timeline-scroll' }, drawing) : '',
    table,
  ];
  return { nodes, ...(player ? { player } : {}) };
}
