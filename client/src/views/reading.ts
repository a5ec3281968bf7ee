// The reading view: the document's text in order, each citation a chip that selects its node
// in the graph, each footnote marker linking to what the footnote cites.
import type { Api } from '../api.ts';
import { loadedDocuments } from '../corpus/documents.ts';
import type { ViewFactory } from '../corpus/view-deps.ts';
import { fill, h } from '../dom.ts';
import { markedText } from '../panels/marked-text.ts';
import { DOCUMENT } from '../graphql-documents.ts';
import { ALL_DOCUMENTS, DEFAULT_DOCUMENT } from '../scope.ts';
import type { DocumentInfo } from '../types.ts';

export interface ReadingView {
  show(symbol: string): Promise<void>;
}

export function createReadingView(
  container: HTMLElement,
  api: Api,
  select: (id: string) => void,
  onError: (e: Error) => void,
): ReadingView {
  let shown: string | null = null;
  return {
    async show(symbol) {
      if (shown === symbol) return;
      fill(container, h('p', { class: 'loading' }, `Loading ${symbol}…`));
      try {
        const { document: doc } = await api.request(DOCUMENT, { symbol });
        if (!doc)
          return fill(
            container,
            h(
              'p',
              { class: 'empty' },
              `No document ${symbol} is loaded, so there is no text to read. Pick a loaded document in the Document picker of the top bar, or add this one with “Add document”.`,
            ),
          );
        shown = symbol;
        fill(container, render(doc, select));
      } catch (error) {
        fill(container, h('p', { class: 'empty' }, 'The document could not be loaded.'));
        onError(error as Error);
      }
    },
  };
}

/**
 * The view as the registry makes it: it reads the document the URL names, else the default one,
 * else (a database without it) the first loaded document. A citation chip opens the graph on it.
 */
export const readingView: ViewFactory = (container, deps) => {
  const view = createReadingView(container, deps.api, (id) => deps.go({ selected: id, view: 'graph' }), deps.onError);
  return {
    async show(state) {
      const named = state.doc && state.doc !== ALL_DOCUMENTS ? state.doc : null;
      const first =
        named || deps.canvas().has(DEFAULT_DOCUMENT)
          ? null
          : await loadedDocuments(deps.api).then(
              (d) => d[0]?.symbol ?? null,
              () => null,
            );
      await view.show(named ?? first ?? DEFAULT_DOCUMENT);
    },
  };
};

function render(doc: DocumentInfo, select: (id: string) => void): HTMLElement {
  const body = h('article', { class: 'reading', 'aria-label': doc.title });
  body.append(h('h2', {}, doc.title), h('p', { class: 'symbol' }, doc.symbol, doc.date ? ` · ${doc.date}` : ''));
  let section = '';
  for (const p of [...doc.paragraphs].sort((a, b) => a.order - b.order)) {
    if (p.section !== section) {
      section = p.section;
      body.append(h('h3', { class: 'section' }, section.replace(/-/g, ' ')));
    }
    const text = markedText(p.text, p.citations, p.mentions, p.footnotes, select, true);
    body.append(
      h(
        'div',
        { class: 'reading-para', id: `read-${p.localId}` },
        h(
          'a',
          {
            class: 'para-label',
            href: `?sel=${encodeURIComponent(p.id)}`,
            onclick: (e: Event) => {
              e.preventDefault();
              select(p.id);
            },
          },
          p.label,
        ),
        text,
      ),
    );
  }
  if (doc.footnotes.length) {
    body.append(
      h('h3', { class: 'section' }, 'Footnotes'),
      h(
        'ol',
        { class: 'footnotes' },
        doc.footnotes.map((f) =>
          h('li', { value: Number(f.marker) || undefined }, h('sup', {}, f.marker), ' ', f.text),
        ),
      ),
    );
  }
  return body;
}
