// Paragraph, and what hangs off one: its footnotes, the citations it makes and the bodies it names.
import type {
  CitationResolvers,
  FootnoteResolvers,
  MentionResolvers,
  ParagraphResolvers,
} from '../generated/resolvers-types.ts';
import { int, ints, text } from '../cypher-rows.ts';
import { detailsOf, nodeFields } from './nodes.ts';
import type { CitationRecord } from '../cypher-rows.ts';
import { type SentenceSpan, sentenceSpan } from './sentence.ts';

/** Pages are known for a PDF's paragraphs only: null says "unknown", not "on no page". */
const nonEmpty = (pages: number[]): number[] | null => (pages.length ? pages : null);

export const Paragraph: ParagraphResolvers = {
  ...nodeFields,
  number: (p) => int(p, 'number'),
  section: (p) => text(p, 'section') ?? '',
  localId: (p) => text(p, 'localId') ?? p.id,
  order: (p) => int(p, 'order') ?? 0,
  text: (p) => text(p, 'text') ?? '',
  pages: (p) => nonEmpty(ints(p, 'pages')),
  document: async (p, _args, ctx) => {
    const details = await detailsOf(ctx, p);
    if (details.document) return details.document;
    throw new Error(`Paragraph ${p.id} has no document`);
  },
  citations: async (p, _args, ctx) => (await detailsOf(ctx, p)).citations,
  mentions: async (p, _args, ctx) => (await detailsOf(ctx, p)).mentions,
  footnotes: async (p, _args, ctx) => (await detailsOf(ctx, p)).footnotes,
  themes: async (p, _args, ctx) => (await detailsOf(ctx, p)).themes,
  previous: async (p, _args, ctx) => (await detailsOf(ctx, p)).previous,
  next: async (p, _args, ctx) => (await detailsOf(ctx, p)).next,
};

export const Footnote: FootnoteResolvers = {
  ...nodeFields,
  marker: (f) => text(f, 'marker') ?? '',
  text: (f) => text(f, 'text') ?? '',
  pages: (f) => nonEmpty(ints(f, 'pages')),
  paragraph: async (f, _args, ctx) => (await detailsOf(ctx, f)).paragraph,
};

export const Citation: CitationResolvers = {
  id: (c) => c.id,
  paragraph: (c) => c.paragraph,
  target: (c) => c.target,
  surface: (c) => c.surface,
  start: (c) => c.start,
  end: (c) => c.end,
  via: (c) => c.via,
  footnote: (c) => c.footnote,
  sentence: (c) => {
    const span = sentenceOf(c);
    return (text(c.paragraph, 'text') ?? '').slice(span.start, span.end);
  },
  sentenceStart: (c) => sentenceOf(c).start,
  sentenceEnd: (c) => sentenceOf(c).end,
};

/** A citation's sentence, found once however many of sentence, sentenceStart and sentenceEnd are asked. */
const sentences = new WeakMap<CitationRecord, SentenceSpan>();
function sentenceOf(c: CitationRecord): SentenceSpan {
  const known = sentences.get(c);
  if (known) return known;
  const span = sentenceSpan(text(c.paragraph, 'text') ?? '', c.start, c.end);
  sentences.set(c, span);
  return span;
}

export const Mention: MentionResolvers = {
  id: (m) => m.id,
  paragraph: (m) => m.paragraph,
  body: (m) => m.body,
  surface: (m) => m.surface,
  start: (m) => m.start,
  end: (m) => m.end,
};
