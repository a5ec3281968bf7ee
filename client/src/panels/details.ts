// The details panel: what the selected node or edge is, in words. A paragraph shows its text
// with the citations marked; an instrument its facts and every citing sentence; an edge the
// cited words in their context.
import type { Api } from '../api.ts';
import { byId, fill, h } from '../dom.ts';
import { Rel } from '../../../graph/model.ts';
import { CITATION_BY_ID, MENTION_BY_ID, NODE } from '../graphql-documents.ts';
import { kindStyle, relStyle } from '../canvas/style.ts';
import { CitationVia, NodeKind } from '../generated/enums.ts';
import type { CitationInfo, NodeDetails, NodeRef, ParagraphInfo } from '../types.ts';
import { context } from './highlight.ts';
import { markedSentence, markedText, nodeLink } from './marked-text.ts';
import { pageLabel } from './page-label.ts';
import { shapeSwatch } from './swatch.ts';
import { emptyReasons } from './empty-reasons.ts';

export interface DetailsActions {
  navigate(id: string): void;
  citers(id: string): void;
  cocited(id: string): void;
  theme(id: string): void;
  read(symbol: string): void;
  /** The Timeline view of a target. */
  timeline(id: string): void;
  /** The Chain view from a resolution. */
  chain(symbol: string): void;
  /** The graph of one document (the document picker). */
  showDocument(symbol: string): void;
  /** The Compare view with this document as A. */
  compare(symbol: string): void;
}

export interface EdgeInfo {
  id: string;
  source: NodeRef;
  target: NodeRef;
  type: string;
  data: Record<string, unknown>;
}

export interface Details {
  showNode(id: string): Promise<void>;
  showEdge(edge: EdgeInfo): Promise<void>;
  show(title: string, ...body: (Node | string)[]): void;
  element: HTMLElement;
}

/** What a paragraph can cite: the kinds whose details offer the citing paragraphs and a timeline. */
const CITED_KINDS = new Set<NodeKind>([NodeKind.Instrument, NodeKind.Resolution, NodeKind.Group, NodeKind.Document]);

/** A date no line prints, read from the text: marked "inferred", with the words it was read from. */
function inferredDate(date: string | undefined, evidence: string | undefined): Node | null {
  if (!date) return null;
  return h(
    'span',
    { class: 'inferred-date' },
    date,
    ' ',
    h('em', { title: 'No date is printed on the document; this is the best date its text gives.' }, '(inferred)'),
    evidence ? [' from ', h('q', {}, evidence)] : null,
  );
}

export function createDetails(api: Api, actions: DetailsActions, onError: (e: Error) => void): Details {
  const panel = byId('details-body');
  let generation = 0;
  const link = (n: NodeRef | null | undefined) =>
    n ? nodeLink(n.id, n.label, actions.navigate, { class: `node-link ${n.kind}` }) : null;
  const heading = (n: NodeRef, sub?: string) =>
    h(
      'header',
      { class: 'details-head' },
      shapeSwatch(kindStyle(n.kind)),
      h('h2', { id: 'details-title', tabindex: '-1' }, n.label),
      h('span', { class: 'kind' }, sub ?? kindStyle(n.kind).name),
    );
  const facts = (rows: [string, Node | string | null | undefined][]) =>
    h(
      'dl',
      { class: 'facts' },
      rows
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v!)]),
    );
  const button = (text: string, onclick: () => void) => h('button', { type: 'button', onclick }, text);

  const citedBy = (title: string, cites: CitationInfo[], name: string) =>
    h(
      'section',
      {},
      h('h3', {}, `${title} (${new Set(cites.map((c) => c.paragraph?.id)).size} paragraphs)`),
      cites.length === 0
        ? h('p', { class: 'empty' }, emptyReasons.citers(name))
        : h(
            'ul',
            { class: 'citing' },
            cites.map((c) =>
              h(
                'li',
                {},
                link(c.paragraph),
                ' ',
                markedSentence(c),
                c.via === CitationVia.Footnote
                  ? h('span', { class: 'via' }, ` via footnote ${c.footnote?.marker ?? ''}`)
                  : null,
              ),
            ),
          ),
    );

  async function showNode(id: string): Promise<void> {
    const mine = ++generation;
    // Say at once that something is coming: a cold database can take seconds to answer.
    fill(panel, h('p', { class: 'loading' }, 'Loading details…'));
    try {
      const { node } = await api.request(NODE, { id });
      if (mine !== generation) return;
      if (!node) return show('Not found', `No node with id ${id}.`);
      fill(panel, node.kind === NodeKind.Paragraph ? paragraph(node as unknown as ParagraphInfo) : other(node));
    } catch (error) {
      if (mine === generation) onError(error as Error);
    }
  }

  function paragraph(p: ParagraphInfo): (Node | string)[] {
    return [
      heading(p, `Paragraph · ${p.section}${p.document ? ` · ${p.document.symbol}` : ''}${pageLabel(p.pages)}`),
      h(
        'nav',
        { class: 'prev-next', 'aria-label': 'Neighbouring paragraphs' },
        p.previous ? ['← ', link(p.previous)] : null,
        ' ',
        p.next ? [link(p.next), ' →'] : null,
      ),
      markedText(p.text, p.citations, p.mentions, p.footnotes, actions.navigate),
      h(
        'section',
        {},
        h('h3', {}, `Citations (${groupCitations(p.citations).length})`),
        h(
          'ul',
          { class: 'citations' },
          groupCitations(p.citations).map((g) =>
            h(
              'li',
              {},
              h('q', {}, g.surface),
              ' → ',
              link(g.target),
              h('span', { class: 'via' }, ` (${g.via.join(' and ')})`),
            ),
          ),
        ),
      ),
      p.footnotes.length
        ? h(
            'section',
            {},
            h('h3', {}, 'Footnotes'),
            h(
              'ol',
              { class: 'footnotes' },
              p.footnotes.map((f) =>
                h(
                  'li',
                  { value: Number(f.marker) || undefined, id: `fn-${f.marker}` },
                  h('sup', {}, f.marker),
                  ' ',
                  f.text,
                ),
              ),
            ),
          )
        : '',
      p.mentions.length
        ? h(
            'p',
            { class: 'mentions' },
            'Mentions: ',
            p.mentions.flatMap((m, i) => [i ? ', ' : '', link(m.body)]),
          )
        : '',
      p.themes?.length
        ? h(
            'p',
            { class: 'themes' },
            'Themes: ',
            p.themes.flatMap((t, i) => [i ? ', ' : '', link(t)]),
          )
        : '',
    ];
  }

  function other(n: NodeDetails): (Node | string)[] {
    // The facts read by name across the types of the union: a row shows only when its type has the field.
    const fields = n as unknown as Record<string, unknown>;
    const get = <T>(k: string) => fields[k] as T | undefined;
    const refs = (k: string) => (get<NodeRef[]>(k) ?? []).flatMap((r, i) => [i ? ', ' : '', link(r)]);
    const symbol = get<string>('symbol') ?? n.id;
    const cited = CITED_KINDS.has(n.kind);
    const loaded = n.kind === NodeKind.Document && (get<number>('paragraphCount') ?? 0) > 0;
    const tools = h(
      'div',
      { class: 'actions' },
      cited
        ? [
            button('Which paragraphs cite this?', () => actions.citers(n.id)),
            button('Cited together with…', () => actions.cocited(n.id)),
          ]
        : null,
      cited ? button('Timeline', () => actions.timeline(n.id)) : null,
      n.kind === NodeKind.Resolution || get<{ id: string } | null>('resolution')
        ? button('Walk the chain', () => actions.chain(symbol))
        : null,
      n.kind === NodeKind.Theme ? button('Show only this theme', () => actions.theme(n.id)) : null,
      n.kind === NodeKind.Document ? button('Read the document', () => actions.read(symbol)) : null,
      loaded
        ? [
            button('Show its graph', () => actions.showDocument(symbol)),
            button('Compare with…', () => actions.compare(symbol)),
          ]
        : null,
    );
    const citedByBox = cited ? citingDocuments(n.id, n.label, get<CitationInfo[]>('citedBy')) : '';
    const reg = get<{ volume: number; number: number } | null>('registration');
    const annexes = get<{ annex: string | null; instrument: NodeRef }[]>('annexes') ?? [];
    const mentioned = get<{ paragraph: NodeRef; surface: string }[]>('mentionedIn') ?? [];
    return [
      heading(
        n,
        n.kind === NodeKind.Instrument
          ? `Instrument · ${get<string>('instrumentKind') ?? ''}${get<boolean>('uncatalogued') ? ' · uncatalogued' : ''}`
          : undefined,
      ),
      h(
        'p',
        { class: 'title' },
        get<string>('title') ?? get<string>('resolutionTitle') ?? get<string>('name') ?? get<string>('text') ?? '',
      ),
      facts([
        ['Acronym', get<string>('acronym')],
        ['Short title', get<string>('shortTitle')],
        ['Symbol', get<string>('symbol')],
        ['Adopted', get<string>('adopted')],
        ['Opened for signature', get<string>('openedForSignature')],
        ['Entered into force', get<string>('enteredIntoForce')],
        [
          'Date',
          get<boolean>('dateInferred')
            ? inferredDate(get<string>('date'), get<string>('dateEvidence'))
            : get<string>('date'),
        ],
        ['UNTS registration', reg ? `United Nations, Treaty Series, vol. ${reg.volume}, No. ${reg.number}` : null],
        ['Adopted by', link(get<NodeRef>('adoptedBy'))],
        ['Supplements', link(get<NodeRef>('supplements'))],
        [
          'Supplemented by',
          (get<NodeRef[]>('supplementedBy') ?? []).length ? h('span', {}, refs('supplementedBy')) : null,
        ],
        ['Member of', (get<NodeRef[]>('groups') ?? []).length ? h('span', {}, refs('groups')) : null],
        ['Members', (get<NodeRef[]>('members') ?? []).length ? h('span', {}, refs('members')) : null],
        [
          'Annexes',
          annexes.length
            ? h(
                'span',
                {},
                annexes.flatMap((a, i) => [i ? ', ' : '', a.annex ? `annex ${a.annex}: ` : '', link(a.instrument)]),
              )
            : null,
        ],
        ['Part of', link(get<NodeRef>('partOf'))],
        ['Paragraphs', get<number>('paragraphCount')?.toString()],
        ['In paragraph', link(get<NodeRef>('paragraph'))],
      ]),
      tools,
      citedByBox,
      mentioned.length
        ? h(
            'section',
            {},
            h('h3', {}, `Mentioned in (${mentioned.length})`),
            h(
              'ul',
              { class: 'citing' },
              mentioned.map((m) => h('li', {}, link(m.paragraph), ' ', h('q', {}, m.surface))),
            ),
          )
        : '',
    ];
  }

  /**
   * The flat "Cited by" list at once (from the node's own answer), replaced by the citations
   * grouped by document when citingDocuments answers; if it cannot, the flat list stays.
   */
  function citingDocuments(id: string, name: string, flat: CitationInfo[] | undefined): HTMLElement {
    const box = h(
      'div',
      { class: 'cited-by' },
      flat ? citedBy('Cited by', flat, name) : h('p', { class: 'loading' }, 'Loading the citing documents…'),
    );
    const mine = generation;
    import('./citing-documents.ts')
      .then((m) => m.citingDocumentsSection(api, id, actions.navigate, name))
      .then((section) => mine === generation && box.replaceChildren(section))
      .catch(
        (error: Error) =>
          mine === generation &&
          box.append(h('p', { class: 'empty' }, `The citing documents could not be grouped: ${error.message}`)),
      );
    return box;
  }

  async function showEdge(edge: EdgeInfo): Promise<void> {
    const mine = ++generation;
    const rel = relStyle(edge.type);
    const head = [
      h(
        'header',
        { class: 'details-head' },
        h('h2', { id: 'details-title', tabindex: '-1' }, rel.name),
        h('span', { class: 'kind' }, 'Relationship'),
      ),
      h('p', { class: 'edge-ends' }, link(edge.source), ` — ${rel.name} → `, link(edge.target)),
    ];
    fill(panel, head);
    // Only citations and mentions have words; the edge's id is the citation's or mention's own.
    if (edge.type !== Rel.CITES && edge.type !== Rel.MENTIONS) return;
    try {
      const cited = edge.type === Rel.CITES ? (await api.request(CITATION_BY_ID, { id: edge.id })).citation : null;
      const data = edge.type === Rel.CITES ? cited : (await api.request(MENTION_BY_ID, { id: edge.id })).mention;
      if (mine !== generation || !data) return;
      const around = context(data.paragraph.text, data.start, data.end);
      const note = cited?.footnote;
      fill(
        panel,
        head,
        h('h3', {}, 'The words'),
        h('blockquote', { class: 'provenance' }, around.before, h('mark', {}, around.match), around.after),
        facts([
          ['Surface', h('q', {}, data.surface)],
          ['Offsets', `${data.start}–${data.end}`],
          ['Found', cited?.via === CitationVia.Footnote ? `in footnote ${note?.marker ?? ''}` : 'in the text'],
          ['Footnote', note?.text],
        ]),
      );
    } catch (error) {
      if (mine === generation) onError(error as Error);
    }
  }

  function show(title: string, ...body: (Node | string)[]): void {
    ++generation;
    fill(
      panel,
      h('header', { class: 'details-head' }, h('h2', { id: 'details-title', tabindex: '-1' }, title)),
      ...body,
    );
  }

  return { showNode, showEdge, show, element: panel };
}

/** A citation made both in the text and through a footnote is one line: "in the text and footnote 5". */
export function groupCitations(
  citations: CitationInfo[],
): { surface: string; target: NodeRef | undefined; via: string[] }[] {
  const groups = new Map<string, { surface: string; target: NodeRef | undefined; via: string[] }>();
  for (const c of citations) {
    const key = `${c.target?.id}|${c.start}|${c.end}`;
    const group = groups.get(key) ?? groups.set(key, { surface: c.surface, target: c.target, via: [] }).get(key)!;
    group.via.push(c.via === CitationVia.Footnote ? `footnote ${c.footnote?.marker ?? ''}`.trim() : 'in the text');
  }
  return [...groups.values()];
}
