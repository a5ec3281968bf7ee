// The details panel when nothing is selected or traced: what the shapes mean, and the most cited
// targets as starting points, each a button that traces its citers.
import type { App } from '../app.ts';
import { byId, fill, h } from '../dom.ts';
import { mostCited } from './trace.ts';

export function showIntro(app: App): void {
  const top = mostCited(app.canvas);
  // The corpus overview draws documents and weighted lines, not paragraphs: the words follow what
  // is drawn, and so does what the starters count.
  const overview = app.canvas.cy.edges('[?aggregate]').nonempty();
  const citer = overview ? 'document' : 'paragraph';
  fill(
    byId('details-body'),
    h('h2', { id: 'details-title', tabindex: '-1' }, 'Who cites what'),
    h(
      'p',
      {},
      'Each ',
      h('b', {}, citer),
      overview ? ' (dark square) links to the ' : ' (blue box) links to the ',
      h('b', {}, 'instruments'),
      overview
        ? ' (orange diamonds), resolutions and documents its paragraphs cite; the thicker the line, the more paragraphs. Select a document and press Enter, or double-click it, to open it into its paragraphs.'
        : ' (orange diamonds), resolutions and documents it cites. Click a shape to read it; click a line for the exact words; double-click to expand.',
    ),
    top.length
      ? [
          h('h3', {}, `Which ${citer}s cite…`),
          h(
            'ul',
            { class: 'starters' },
            top.map((n) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', onclick: () => void app.update({ trace: { mode: 'citers', target: n.id } }) },
                  `${n.label}`,
                ),
                h('span', { class: 'count' }, ` ${n.count} ${citer}${n.count === 1 ? '' : 's'}`),
              ),
            ),
          ),
        ]
      : h('p', { class: 'empty' }, 'Nothing is cited in this graph.'),
    h(
      'p',
      { class: 'hint' },
      'Press / to search, Esc to clear. The Reading view shows the text with its citations; the Matrix view, paragraphs × instruments.',
    ),
  );
}
