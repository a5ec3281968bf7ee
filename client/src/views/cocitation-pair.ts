// The drill-down of one co-cited pair: its paragraphs grouped by document, each a link that
// selects the paragraph, with the words that cite either target marked in the sentence.
import { fill, h } from '../dom.ts';
import { groupByDocument, markAll, type PairRow } from '../corpus/cocitation-data.ts';
import type { ViewDeps } from '../corpus/view-deps.ts';
import { nodeLink } from '../panels/marked-text.ts';
import { CO_CITED_WORDS } from '../corpus/graphql-documents.ts';
import type { CoCitedWordsQuery } from '../generated/graphql.ts';

/** One citation of either target, as the CoCitedWords document asks for it. */
type Words = CoCitedWordsQuery['a'][number];

let generation = 0;

export async function showPair(box: HTMLElement, row: PairRow, deps: ViewDeps): Promise<void> {
  const mine = ++generation;
  const title = h('h3', { tabindex: '-1' }, `${row.a.label} × ${row.b.label}`);
  const intro = h(
    'p',
    {},
    `Cited together in ${row.weight} paragraph${row.weight === 1 ? '' : 's'}. `,
    nodeLink(row.a.id, row.a.label, deps.select),
    ' · ',
    nodeLink(row.b.id, row.b.label, deps.select),
  );
  fill(box, title, intro, h('p', { class: 'loading' }, 'Loading the cited words…'));
  title.focus();
  let sentences = new Map<string, { label: string; sentences: Map<string, string[]> }>();
  try {
    const answer = await deps.api.request(CO_CITED_WORDS, { a: row.a.id, b: row.b.id });
    if (mine !== generation) return;
    sentences = wordsByParagraph([...answer.a, ...answer.b], new Set(row.paragraphs));
  } catch (error) {
    if (mine !== generation) return;
    deps.onError(error as Error);
  }
  fill(
    box,
    title,
    intro,
    groupByDocument(row.paragraphs).map((g) =>
      h(
        'section',
        { class: 'pair-doc' },
        h(
          'h4',
          {},
          nodeLink(g.symbol, g.symbol, deps.select),
          h('span', { class: 'count' }, ` ${g.paragraphs.length} ¶`),
        ),
        h(
          'ul',
          { class: 'citing' },
          g.paragraphs.map((id) => {
            const found = sentences.get(id);
            // The label is the server's (from the cited words); only when they could not be fetched is it the id.
            return h(
              'li',
              {},
              nodeLink(id, found?.label ?? id, deps.select, { class: 'node-link paragraph' }),
              [...(found?.sentences ?? new Map<string, string[]>())].map(([sentence, surfaces]) =>
                h(
                  'q',
                  { class: 'sentence' },
                  markAll(sentence, surfaces).map((r) => (r.marked ? h('mark', {}, r.text) : r.text)),
                ),
              ),
            );
          }),
        ),
      ),
    ),
  );
}

/** Paragraph id → its label and each citing sentence with the surfaces it holds. */
function wordsByParagraph(words: Words[], wanted: Set<string>) {
  const out = new Map<string, { label: string; sentences: Map<string, string[]> }>();
  for (const w of words) {
    if (!wanted.has(w.paragraph.id)) continue;
    const entry = out.get(w.paragraph.id) ?? { label: w.paragraph.label, sentences: new Map<string, string[]>() };
    entry.sentences.set(w.sentence, [...(entry.sentences.get(w.sentence) ?? []), w.surface]);
    out.set(w.paragraph.id, entry);
  }
  return out;
}
