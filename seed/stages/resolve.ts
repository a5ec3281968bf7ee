// Stage 5: turn candidates into citations and mentions. Catalogue phrases resolve directly; titles
// found by shape go through the tolerant lookup, else become uncatalogued targets; anaphora and
// short forms resolve to what the text named before them, or are dropped; footnotes add their
// sources (resolutions with annexes, Treaty Series registrations, documents), with Ibid. resolved
// against the footnote before.
import type { Citation, CitationTarget, Footnote, Mention, Paragraph } from '../extracted-document.ts';
import {
  antecedentByWords,
  expandShortFormInTitle,
  isGenericTitle,
  newDiscourse,
  referTo,
  type Discourse,
} from './anaphora.ts';
import { findFootnoteSources, findReferences } from './find-references.ts';
import { firstHead } from './find-titles.ts';
import { phraseKey, type MatchIndex } from './support/match-index.ts';
import { SpanIndex } from './support/span-index.ts';
import {
  bodyTarget,
  documentTarget,
  instrumentTarget,
  lookupTitle,
  resolutionTarget,
  uncataloguedTarget,
} from './support/targets.ts';
import type { Candidate, FootnoteEntry, MarkedParagraph, MarkerHit } from './support/types.ts';

/** What a footnote says, once Ibid. is resolved. */
type Source = { kind: 'target'; target: CitationTarget } | { kind: 'unts'; volume: number; number: number };

export function footnoteSources(
  footnotes: FootnoteEntry[],
  index: MatchIndex,
  warnings: string[],
): Map<number, Source[]> {
  const byKey = new Map<number, Source[]>();
  let previous: Source[] = [];
  for (const footnote of footnotes) {
    const sources: Source[] = [];
    for (const c of findFootnoteSources(footnote.text)) {
      if (c.type === 'resolution') sources.push({ kind: 'target', target: resolutionTarget(index.catalogue, c) });
      else if (c.type === 'document') sources.push({ kind: 'target', target: documentTarget(c.symbol) });
      else if (c.type === 'ibid') sources.push(...previous);
      else if (c.type === 'unts') {
        // "Ibid., vol. 993, No. 14537" repeats the Treaty Series only if the footnote before cited it.
        if (c.ibid && !previous.some((s) => s.kind === 'unts')) {
          warnings.push(
            `line ${footnote.line}: footnote ${footnote.marker} says Ibid. but the footnote before cites no Treaty Series volume`,
          );
          continue;
        }
        sources.push({ kind: 'unts', volume: c.volume, number: c.number });
      }
    }
    byKey.set(footnote.key, sources);
    previous = sources;
  }
  return byKey;
}

type Span = { start: number; end: number; surface: string };

/** Only punctuation between a reference and a marker: the marker is on that reference. */
const markerFollows = (text: string, end: number, marker: MarkerHit): boolean =>
  marker.offset >= end && /^[\s,.;:)\]”’]*$/.test(text.slice(end, marker.offset));

/** The instruments held by the annexes of the resolutions a footnote names (see referTo). */
function annexScope(marker: MarkerHit, sources: Map<number, Source[]>): string[] {
  return (sources.get(marker.footnote.key) ?? []).flatMap((s) =>
    s.kind === 'target' ? (s.target.annexInstruments ?? []) : [],
  );
}

/** The words a footnote marker is glued to: the reference that ends there, else the word before. */
/**
 * How far before a marker its words are looked for: past a short name in parentheses, never the
 * whole paragraph (a look per marker over all of it is quadratic in a paragraph of many markers).
 */
const anchorReach = 200;

function anchorOf(
  text: string,
  marker: MarkerHit,
  spans: SpanIndex<Span & { target?: CitationTarget }>,
): Span & { target?: CitationTarget } {
  if (marker.inferred) return { start: 0, end: text.length, surface: text };
  const near = [...spans.overlapping({ start: marker.offset - anchorReach, end: marker.offset + 1 })];
  const before = near
    .filter(
      (s) => s.end <= marker.offset && /^(?:\s*\([^()]*\))?[\s,.;:)\]”’]*$/.test(text.slice(s.end, marker.offset)),
    )
    // The nearest reference; at a tie a citation (an instrument title) before a body's name.
    .sort(
      (a, b) => b.end - a.end || Number(b.target !== undefined) - Number(a.target !== undefined) || a.start - b.start,
    )[0];
  if (before) return before;
  return wordBefore(text, marker.offset) ?? { start: 0, end: 0, surface: '' };
}

const trailing = /[\s,.;:)\]”’]/;
const wordChar = /[\p{L}\p{N}’'/.-]/u;
const wordStart = /[\p{L}\p{N}]/u;

/**
 * The word before `offset`, past closing punctuation, read backwards from the offset rather than by
 * a regex tried at every character before it (quadratic over a paragraph of many markers).
 */
function wordBefore(text: string, offset: number): Span | undefined {
  let end = offset;
  while (end > 0 && trailing.test(text[end - 1]!)) end -= 1;
  let start = end;
  while (start > 0 && wordChar.test(text[start - 1]!)) start -= 1;
  while (start < end && !wordStart.test(text[start]!)) start += 1;
  if (start >= end) return undefined;
  return { start, end, surface: text.slice(start, end) };
}

/** What one paragraph has cited and mentioned so far. */
interface Found {
  citations: Citation[];
  mentions: Mention[];
  /** The paragraph's targets so far, for anaphora. */
  here: CitationTarget[];
  discourse: Discourse;
  index: MatchIndex;
}

/** How far back makeRecent looks for an earlier citation of the same target. */
const recentReach = 32;

/**
 * Puts `target` last in `list`, removing its earlier citation when that is among the last few:
 * what a short form or anaphor looks back over is the targets by their latest citation, the
 * nearest last, and a paragraph that names one treaty ten thousand times walks one entry, not ten
 * thousand. The bounded look keeps each citation's cost constant; an older repeat left in the
 * list changes no answer, as the nearest citation of each target is still the last.
 */
function makeRecent(list: CitationTarget[], target: CitationTarget): void {
  for (let i = list.length - 1; i >= Math.max(0, list.length - recentReach); i -= 1) {
    if (list[i]!.id === target.id) {
      list.splice(i, 1);
      break;
    }
  }
  list.push(target);
}

function cite(found: Found, c: Span, target: CitationTarget): void {
  found.citations.push({ target, surface: c.surface, start: c.start, end: c.end, via: 'text' });
  makeRecent(found.here, target);
  if (target.kind === 'instrument') makeRecent(found.discourse.instruments, target);
}

function mention(found: Found, c: Span, id: string): void {
  const target = bodyTarget(found.index.catalogue, id);
  if (!target) return;
  found.mentions.push({ target, surface: c.surface, start: c.start, end: c.end });
  // Most recent last, each body once: the list stays as short as the catalogue's bodies, and the
  // walk back over it per short form stays bounded however many mentions the document holds.
  const bodies = found.discourse.bodies;
  const previous = bodies.lastIndexOf(id);
  if (previous >= 0) bodies.splice(previous, 1);
  bodies.push(id);
}

/** An International Labour Convention or Protocol the catalogue lacks: its number is its key. */
function iloTarget(c: Extract<Candidate, { type: 'ilo' }>): CitationTarget {
  const id = `uncatalogued:ilo-${c.head === 'Protocol' ? 'p' : 'c'}${c.number}`;
  const title = c.title ? `${c.title} (No. ${c.number})` : `ILO ${c.head} No. ${c.number}`;
  return {
    id,
    kind: 'instrument',
    subkind: c.head === 'Protocol' ? 'protocol' : 'convention',
    title,
    uncatalogued: true,
  };
}

/** "ATT", "TPNW", "SALW": two capitals or more, no space; what a bracket after a title may define. */
const isAcronym = (words: string): boolean =>
  /^[A-Z][A-Za-z0-9-]{0,10}[A-Z0-9]$/.test(words) && (words.match(/[A-Z]/g)?.length ?? 0) >= 2;

/**
 * An acronym the document defined after a title ("Arms Trade Treaty (ATT)") cites that title
 * wherever it stands alone later; the definition itself, in its brackets, is the title's.
 */
function citeAcronyms(found: Found, text: string): void {
  if (found.discourse.acronyms.size === 0) return;
  const taken = [...found.citations, ...found.mentions];
  for (const m of text.matchAll(/\b[A-Z][A-Za-z0-9-]*[A-Z0-9]\b/g)) {
    const target = found.discourse.acronyms.get(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    if (!target || taken.some((t) => t.start < end && start < t.end)) continue;
    if (text[start - 1] === '(' && taken.some((t) => /^\s*\($/.test(text.slice(t.end, start)))) continue;
    cite(found, { start, end, surface: m[0] }, target);
  }
}

/** A citation made through a footnote marker, on the words the marker is glued to. */
function footnoteCitation(anchor: Span, marker: MarkerHit, target: CitationTarget): Citation {
  return {
    surface: anchor.surface,
    start: anchor.start,
    end: anchor.end,
    via: 'footnote',
    footnote: marker.footnote.marker,
    footnoteId: marker.footnote.id,
    target,
  };
}

function resolveParagraph(
  p: MarkedParagraph,
  sources: Map<number, Source[]>,
  discourse: Discourse,
  index: MatchIndex,
): { citations: Citation[]; mentions: Mention[] } {
  const found: Found = { citations: [], mentions: [], here: [], discourse, index };
  const { citations, mentions, here } = found;
  // Set by a footnote on a plural anaphor; the paragraph's later anaphors follow it.
  let scope: string[] | undefined;
  for (const c of findReferences(
    p.text,
    p.markers.map((m) => m.offset),
    index,
  )) {
    if (c.type === 'phrase') {
      const { kind, id } = c.entry.target;
      if (kind === 'body') mention(found, c, id);
      else if (kind === 'group') {
        const group = index.catalogue.groups.find((g) => g.id === id)!;
        cite(found, c, { id, kind: 'group', title: group.title });
      } else cite(found, c, instrumentTarget(index.catalogue.instruments.find((i) => i.id === id)!));
    } else if (c.type === 'title') {
      const expanded = expandShortFormInTitle(c.title ?? c.surface, here, discourse);
      const words = expanded?.title ?? c.title ?? c.surface;
      const entry = lookupTitle(index.catalogue, words);
      const head = firstHead.exec(words)?.[1] ?? '';
      // A title the catalogue lacks may repeat, shorter, one the document gave in full ("the Paris
      // Agreement", "the Programme of Action"); a generic one ("the Final Document") that repeats
      // none cites nothing.
      const repeated = entry ? undefined : antecedentByWords(words, here, discourse);
      if (!entry && !repeated && !discourse.shortNames.has(phraseKey(words)) && isGenericTitle(words, head)) continue;
      const target =
        discourse.shortNames.get(phraseKey(words)) ??
        (entry ? instrumentTarget(entry) : (repeated ?? uncataloguedTarget(words, c.kind)));
      const shortName = /^\s*\(([^()]+)\)/.exec(p.text.slice(c.end))?.[1];
      if (shortName) discourse.shortNames.set(phraseKey(shortName), target);
      if (shortName && isAcronym(shortName) && !index.citable.find(shortName).length)
        discourse.acronyms.set(shortName, target);
      cite(found, c, target);
      if (expanded) cite(found, c, expanded.parent);
    } else if (c.type === 'resolution') cite(found, c, resolutionTarget(index.catalogue, c));
    else if (c.type === 'document') cite(found, c, documentTarget(c.symbol));
    else if (c.type === 'anaphora') {
      const onIt = c.plural
        ? p.markers.filter((m) => markerFollows(p.text, c.end, m)).flatMap((m) => annexScope(m, sources))
        : [];
      if (onIt.length) scope = onIt;
      for (const target of referTo(c, here, discourse, index, scope)) cite(found, c, target);
    } else if (c.type === 'ilo') {
      const entry = c.title ? lookupTitle(index.catalogue, c.title.replace(/,\s*\d{4}$/, '')) : undefined;
      cite(found, c, entry ? instrumentTarget(entry) : iloTarget(c));
    } else if (c.type === 'short-form') {
      const id = [...discourse.bodies]
        .reverse()
        .find((b) => index.catalogue.bodies.find((e) => e.id === b)?.shortForms.includes(c.form));
      if (id) mention(found, c, id);
    }
  }
  citeAcronyms(found, p.text);
  if (p.section === 'title') discourse.subject.push(...here.filter((t) => t.kind === 'instrument'));
  const spans = new SpanIndex([
    ...citations.map((c) => ({ ...c, target: c.target })),
    ...mentions.map((m) => ({ ...m, target: undefined })),
  ]);
  for (const marker of p.markers) {
    const anchor = anchorOf(p.text, marker, spans);
    const given = sources.get(marker.footnote.key) ?? [];
    if (anchor.target?.uncatalogued) bindToDocument(anchor.target, given, discourse);
    for (const source of given) {
      if (source.kind === 'target') {
        if (anchor.target?.uncatalogued && source.target.kind === 'resolution') {
          anchor.target.adoptedBy = {
            resolution: source.target.id,
            ...(source.target.annex && source.target.annex !== 'annex' ? { annex: source.target.annex } : {}),
          };
        }
        citations.push(footnoteCitation(anchor, marker, source.target));
        continue;
      }
      const unts = { volume: source.volume, number: source.number };
      const registered = index.catalogue.instruments.find(
        (i) => i.unts?.volume === unts.volume && i.unts.number === unts.number,
      );
      let target: CitationTarget;
      if (registered) target = instrumentTarget(registered);
      else if (anchor.target?.kind === 'instrument') {
        // The registration belongs to the instrument the marker follows.
        anchor.target.unts = unts;
        target = { ...anchor.target, unts };
      } else target = { id: untsId(unts), kind: 'instrument', subkind: 'treaty', unts, uncatalogued: true };
      citations.push(footnoteCitation(anchor, marker, target));
    }
  }
  linkAmendments(p.text, citations);
  citations.sort((a, b) => a.start - b.start || (a.via === b.via ? 0 : a.via === 'text' ? -1 : 1));
  mentions.sort((a, b) => a.start - b.start);
  return { citations, mentions };
}

/**
 * "the Doha Amendment to the Kyoto Protocol" is an instrument of its own that amends the one its
 * title names after "to the": the citation of that instrument inside the title's words.
 */
function linkAmendments(text: string, citations: Citation[]): void {
  for (const c of citations) {
    if (c.via !== 'text' || !c.target.uncatalogued || c.target.subkind !== 'amendment') continue;
    const to = /\bAmendments?\s+to\s+(?:the\s+)?/.exec(text.slice(c.start, c.end));
    if (!to) continue;
    const at = c.start + to.index + to[0].length;
    const amended = citations.find(
      (o) => o.via === 'text' && o.target.kind === 'instrument' && o.start === at && o.end <= c.end,
    );
    if (amended) c.target.amends = amended.target.id;
  }
}

/** The id of an uncatalogued instrument registered with the Treaty Series: one registration, one node. */
const untsId = (unts: { volume: number; number: number }): string => `uncatalogued:unts-${unts.volume}-${unts.number}`;

/** Where a symbol's volumes or parts are printed after it: "NPT/CONF.2010/50 (Vol. I)". */
const baseSymbol = (symbol: string): string => symbol.replace(/\s*\(.*$/, '');

/**
 * "Final Document of the ... Conference" with a footnote that gives its symbol is that document,
 * not an instrument of its own: the title is bound to the document (its first volume when the
 * footnote lists several of one symbol). Other titles are not: a report's symbol may hold several
 * instruments (a Declaration and a Programme of Action).
 */
function bindToDocument(target: CitationTarget, given: Source[], discourse: Discourse): void {
  if (discourse.bindings.has(target.id) || firstHead.exec(target.title ?? '')?.[1] !== 'Document') return;
  const symbols = given.flatMap((s) =>
    s.kind === 'target' && s.target.kind === 'document' && s.target.symbol ? [s.target.symbol] : [],
  );
  if (symbols.length === 0 || new Set(symbols.map(baseSymbol)).size !== 1) return;
  discourse.bindings.set(target.id, () => documentTarget(symbols[0]!));
}

export function resolveDocument(
  paragraphs: MarkedParagraph[],
  footnotes: FootnoteEntry[],
  holders: Map<number, string>,
  index: MatchIndex,
  warnings: string[],
): { paragraphs: Omit<Paragraph, 'themes'>[]; footnotes: Footnote[] } {
  const sources = footnoteSources(footnotes, index, warnings);
  const discourse: Discourse = newDiscourse();
  const resolved = paragraphs.map((p) => ({
    id: p.id,
    section: p.section,
    number: p.number,
    text: p.text,
    ...resolveParagraph(p, sources, discourse, index),
    line: p.line,
  }));
  for (const p of resolved) {
    for (const c of p.citations) {
      const bind = discourse.bindings.get(c.target.id);
      if (bind) c.target = bind(c.target);
    }
  }
  const notes = footnotes.map((f) => ({
    id: f.id,
    marker: f.marker,
    text: f.text,
    paragraph: holders.get(f.key) ?? null,
  }));
  return { paragraphs: resolved, footnotes: notes };
}
