// Renders a paragraph's text with every citation and mention marked at its exact offsets, each
// a link to what it cites, and each footnote marker at the end of its words linking to the
// footnote's target. Shared by the details panel and the reading view.
import { h } from '../dom.ts';
import { CitationVia } from '../generated/enums.ts';
import type { CitationInfo, FootnoteInfo, MentionInfo } from '../types.ts';
import { segmentText, type Span } from './highlight.ts';

export type Navigate = (id: string) => void;

/** What marking a paragraph needs of a citation: where it stands, what it cites, and how. */
export type MarkedCitation = Pick<CitationInfo, 'id' | 'start' | 'end' | 'via' | 'footnote' | 'target'>;

/** What marking a paragraph needs of a mention: where it stands and the body it names. */
export type MarkedMention = Pick<MentionInfo, 'id' | 'start' | 'end' | 'body'>;

/** What marking a paragraph needs of a footnote: its marker and its words. */
export type MarkedFootnote = Pick<FootnoteInfo, 'marker' | 'text'>;

/** What marking a citing sentence needs: the sentence, where it starts, and the citation's offsets (all in the paragraph). */
export type CitedSentence = Pick<CitationInfo, 'sentence' | 'sentenceStart' | 'start' | 'end'>;

export function spansOf(citations: MarkedCitation[], mentions: MarkedMention[] = []): Span[] {
  return [
    ...citations.map(
      (c): Span => ({
        start: c.start,
        end: c.end,
        target: c.target?.id ?? '',
        kind: 'citation',
        key: c.id,
        footnote: c.via === CitationVia.Footnote ? (c.footnote?.marker ?? null) : null,
      }),
    ),
    ...mentions.map((m): Span => ({ start: m.start, end: m.end, target: m.body.id, kind: 'mention', key: m.id })),
  ].filter((s) => s.target);
}

/** A link that navigates inside the app but is still a real link (copyable, focusable). */
export function nodeLink(
  id: string,
  text: string,
  navigate: Navigate,
  attrs: Record<string, string> = {},
): HTMLAnchorElement {
  return h(
    'a',
    {
      ...attrs,
      href: `?sel=${encodeURIComponent(id)}`,
      'data-target': id,
      onclick: (e: Event) => {
        e.preventDefault();
        navigate(id);
      },
    },
    text,
  );
}

export function markedText(
  text: string,
  citations: MarkedCitation[],
  mentions: MarkedMention[],
  footnotes: MarkedFootnote[],
  navigate: Navigate,
  /** Reading view: citations render as chips (buttons styled as tags). */
  chips = false,
): HTMLParagraphElement {
  const spans = spansOf(citations, mentions);
  const labels = new Map<string, string>();
  for (const c of citations) if (c.target) labels.set(c.target.id, c.target.label);
  for (const m of mentions) labels.set(m.body.id, m.body.label);
  const footnoteText = new Map(footnotes.map((f) => [f.marker, f.text]));
  // The marker links to what its footnote cites; a footnote that cites nothing still shows.
  const footnoteTarget = new Map<string, string>();
  for (const c of citations)
    if (c.via === CitationVia.Footnote && c.footnote && c.target) footnoteTarget.set(c.footnote.marker, c.target.id);

  const out = h('p', { class: 'marked-text' });
  for (const seg of segmentText(text, spans)) {
    const textRuns = seg.spans.filter((s) => !s.footnote);
    const primary = textRuns[0] ?? seg.spans[0];
    if (!primary) out.append(seg.text);
    else {
      const cls = `${primary.kind === 'citation' ? 'cite' : 'mention'}${textRuns.length ? '' : ' via-footnote'}${chips ? ' chip' : ''}`;
      const title = seg.spans
        .map(
          (s) =>
            `${s.kind === 'citation' ? 'cites' : 'mentions'} ${labels.get(s.target) ?? s.target}${s.footnote ? ` (footnote ${s.footnote})` : ''}`,
        )
        .join('; ');
      out.append(
        nodeLink(primary.target, seg.text, navigate, {
          class: cls,
          title,
          'data-start': String(seg.start),
          'data-end': String(seg.end),
        }),
      );
    }
    for (const marker of seg.markers) {
      const target = footnoteTarget.get(marker);
      const note = footnoteText.get(marker) ?? '';
      const label = `footnote ${marker}${note ? `: ${note}` : ''}`;
      out.append(
        h(
          'sup',
          { class: 'fn-marker' },
          target
            ? nodeLink(target, marker, navigate, { title: label, 'aria-label': label, 'data-footnote': marker })
            : h('span', { title: label }, marker),
        ),
      );
    }
  }
  // Footnotes whose marker no citation carries still appear, after the text.
  const placed = new Set(spans.map((s) => s.footnote).filter(Boolean));
  for (const f of footnotes)
    if (!placed.has(f.marker)) out.append(h('sup', { class: 'fn-marker', title: f.text }, f.marker));
  return out;
}

/**
 * A citing sentence cut around the cited words, [before, cited, after], by the citation's offsets:
 * the very occurrence cited, even when the same words stand earlier in the sentence. Null when
 * the offsets fall outside the sentence (nothing to mark).
 */
export function citedRuns(c: CitedSentence): [string, string, string] | null {
  const from = c.start - c.sentenceStart;
  const to = c.end - c.sentenceStart;
  if (from < 0 || to > c.sentence.length || from >= to) return null;
  return [c.sentence.slice(0, from), c.sentence.slice(from, to), c.sentence.slice(to)];
}

/** A citing sentence with the cited words marked. */
export function markedSentence(c: CitedSentence): HTMLElement {
  const runs = citedRuns(c);
  if (!runs) return h('q', { class: 'sentence' }, c.sentence);
  return h('q', { class: 'sentence' }, runs[0], h('mark', {}, runs[1]), runs[2]);
}
