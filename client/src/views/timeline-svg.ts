// Draws a laid-out timeline (timeline-data.ts) as SVG: the axis with year ticks, each event a
// marker of its kind's shape and colour with its label, and the legend in the same shapes.
import { EVENT_STYLE, eventDescription, type EventKind, type TimelineLayout } from '../corpus/timeline-data.ts';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

/** A marker of a kind, centred on (x, y), about 10 px across. */
export function marker(kind: EventKind, x: number, y: number): SVGElement {
  const { shape, color } = EVENT_STYLE[kind];
  const fill = { fill: color, stroke: '#fff', 'stroke-width': 1 };
  switch (shape) {
    case 'circle':
      return svg('circle', { cx: x, cy: y, r: 5, ...fill });
    case 'square':
      return svg('rect', { x: x - 4.5, y: y - 4.5, width: 9, height: 9, ...fill });
    case 'diamond':
      return svg('polygon', { points: `${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`, ...fill });
    case 'triangle':
      return svg('polygon', { points: `${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`, ...fill });
    case 'bar':
      return svg('rect', { x: x - 2, y: y - 7, width: 4, height: 14, ...fill });
  }
}

export function legendSwatch(kind: EventKind): SVGSVGElement {
  const box = svg('svg', { viewBox: '0 0 16 16', class: 'swatch', 'aria-hidden': 'true' });
  box.append(marker(kind, 8, 8));
  return box;
}

export function timelineSvg(
  layout: TimelineLayout,
  ticks: { year: number; x: number }[],
  onPick: (id: string) => void,
): SVGSVGElement {
  const { placed, height, width } = layout;
  const root = svg('svg', {
    class: 'timeline-svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'aria-hidden': 'true',
  });
  const axisY = 26;
  root.append(svg('line', { x1: 0, y1: axisY, x2: width, y2: axisY, stroke: '#4a4a4a', 'stroke-width': 1 }));
  for (const t of ticks) {
    root.append(
      svg('line', { x1: t.x, y1: axisY - 5, x2: t.x, y2: height, stroke: '#e1e4e8', 'stroke-width': 1 }),
      svg('text', { x: t.x, y: axisY - 9, 'text-anchor': 'middle', class: 'tick' }, String(t.year)),
    );
  }
  if (layout.undatedX !== null) {
    // The undated lane: set apart by a dashed rule, under its own heading instead of a year.
    const x = layout.undatedX - 12;
    root.append(
      svg('line', { x1: x, y1: 8, x2: x, y2: height, stroke: '#9aa0a6', 'stroke-dasharray': '4 3' }),
      svg('text', { x: layout.undatedX, y: axisY - 9, class: 'tick undated-heading' }, 'undated'),
    );
  }
  for (const p of [...placed, ...layout.undatedPlaced]) {
    const undated = p.event.date === null;
    const g = svg('g', {
      class: `event ${p.event.kind}`,
      'data-node': p.event.node.id,
      'data-kind': p.event.kind,
      'data-date': p.event.date ?? '',
    });
    g.append(
      svg('title', {}, eventDescription(p.event)),
      undated
        ? ''
        : svg('line', {
            x1: p.x,
            y1: axisY,
            x2: p.x,
            y2: p.y,
            stroke: EVENT_STYLE[p.event.kind].color,
            'stroke-opacity': 0.35,
          }),
      marker(p.event.kind, p.x, p.y),
      svg('text', { x: p.x + 9, y: p.y + 4, class: 'event-label' }, p.label),
    );
    g.addEventListener('click', () =>
      onPick(
        p.event.kind === 'cited' && p.event.document
          ? (p.event.document.id ?? p.event.document.symbol)
          : p.event.node.id,
      ),
    );
    root.append(g);
  }
  return root;
}

/**
 * Shows the drawing as of the end of `year` (a timeline playing through time): a cursor at that
 * date, and every event dated later faded. Null shows every event again.
 */
export function showYear(root: SVGSVGElement, layout: TimelineLayout, year: number | null): void {
  for (const old of root.querySelectorAll('.year-cursor')) old.remove();
  const end = year === null ? null : `${year}-12-31`;
  for (const g of root.querySelectorAll<SVGGElement>('g.event')) {
    const date = g.dataset.date ?? '';
    g.classList.toggle('later', end !== null && date !== '' && date > end);
  }
  if (end === null || !layout.scale) return;
  const x = Math.min(layout.scale.x(end), layout.scale.width);
  root.append(
    svg('line', { class: 'year-cursor', x1: x, y1: 0, x2: x, y2: layout.height, stroke: '#b3261e', 'stroke-width': 2 }),
    svg('text', { class: 'year-cursor tick', x: x + 4, y: 12 }, String(year)),
  );
}
