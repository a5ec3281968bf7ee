// "Cited by documents": every document that cites the target, with the citing paragraphs grouped
// under it, each paragraph a link that selects it, with the citing words marked in the sentence.
// Loaded as its own chunk when a details panel first asks for it.
import type { Api } from '../api.ts';
import { h } from '../dom.ts';
import { CITING_DOCUMENTS } from '../corpus/graphql-documents.ts';
import { CitationVia } from '../generated/enums.ts';
import type { CitingDocumentsQuery } from '../generated/graphql.ts';
import { markedSentence, nodeLink, type Navigate } from './marked-text.ts';
import { emptyReasons } from './empty-reasons.ts';

/** One citing document as the CitingDocuments document asks for it. */
export type DocumentCitations = CitingDocumentsQuery['citingDocuments'][number];

export const defaults = {
  /** With this many citing documents or fewer, every group starts open. */
  openUpTo: 5,
};

export async function citingDocumentsSection(
  api: Api,
  target: string,
  navigate: Navigate,
  name = target,
  options = defaults,
): Promise<HTMLElement> {
  const { citingDocuments: docs } = await api.request(CITING_DOCUMENTS, { target });
  const paragraphs = docs.reduce((n, d) => n + d.paragraphCount, 0);
  const title = h(
    'h3',
    {},
    `Cited by documents (${docs.length} document${docs.length === 1 ? '' : 's'}, ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'})`,
  );
  if (docs.length === 0)
    return h('section', { class: 'citing-docs' }, title, h('p', { class: 'empty' }, emptyReasons.citers(name)));
  return h(
    'section',
    { class: 'citing-docs' },
    title,
    docs.map((d) =>
      h(
        'details',
        { class: 'citing-doc', open: docs.length <= options.openUpTo, 'data-document': d.document.symbol },
        h(
          'summary',
          {},
          h('span', { class: 'doc-symbol' }, d.document.symbol),
          d.document.date ? h('span', { class: 'count' }, ` ${d.document.date}`) : '',
          h('span', { class: 'count' }, ` · ${d.paragraphCount} ¶`),
          h('span', { class: 'doc-title' }, d.document.title),
        ),
        h(
          'ul',
          { class: 'citing' },
          d.paragraphs.map(({ paragraph, citations }) =>
            h(
              'li',
              {},
              nodeLink(paragraph.id, paragraph.label, navigate, { class: 'node-link paragraph' }),
              ' ',
              sentences(citations).flatMap((s) => [
                markedSentence(s.cited),
                s.footnotes.length ? h('span', { class: 'via' }, ` via footnote ${s.footnotes.join(', ')}`) : null,
              ]),
            ),
          ),
        ),
        h('p', { class: 'doc-open' }, nodeLink(d.document.id, `Open ${d.document.symbol}`, navigate)),
      ),
    ),
  );
}

/** One line per citing sentence: a sentence citing the target twice (text and footnote) is shown once. */
function sentences(citations: DocumentCitations['paragraphs'][number]['citations']) {
  type Cite = DocumentCitations['paragraphs'][number]['citations'][number];
  const out = new Map<string, { cited: Cite; footnotes: string[] }>();
  for (const c of citations) {
    const entry = out.get(c.sentence) ?? { cited: c, footnotes: [] };
    if (c.via === CitationVia.Footnote && c.footnote) entry.footnotes.push(c.footnote.marker);
    else if (c.surface.length > entry.cited.surface.length) entry.cited = c;
    out.set(c.sentence, entry);
  }
  return [...out.values()];
}
