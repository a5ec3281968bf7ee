// Stage 3: find the footnote markers glued to the words ("Corruption3", "Crime.4", "Congress,1",
// "Tlatelolco)1", "of 19721", "Development 1 and"), remove them from the text and tie each
// footnote to its paragraph. A number is a marker only if that footnote exists on the same page
// (the block that follows it), so symbols, dates and counts are left alone.
import { lineAt } from './support/join-lines.ts';
import { monthNames } from './support/genre.ts';
import type { FootnoteBlock, FootnoteEntry, MarkedParagraph, MarkerHit, RawParagraph } from './support/types.ts';

export interface Hit {
  /** The characters to delete from the text (a spaced marker takes its space along). */
  cut: [number, number];
  marker: string;
  form: 'glued' | 'year' | 'spaced' | 'star';
}

const abbreviation =
  /(?:^|[^A-Za-z])(?:Corr|Add|Rev|No|Nos|Vol|vol|vols|para|paras|art|chap|sect|p|pp|Suppl|Part|fig)\.$/;
/** Words after which a number is a reference or a count, not a marker: "resolution 5", "all 33". */
const beforeCount = new Set(
  (
    'resolution resolutions paragraph paragraphs para paras article articles art item items vol vols no nos chapter chap ' +
    'annex section sect rule rules principle principles goal goals target targets decision decisions step ' +
    'steps part page pages level the all of to from and or than by with over under some about nearly least most at in on ' +
    'for per every each these those its their our his her are were is was be protocol amendment amendments option phase ' +
    'stage category figure table box session sessions meeting recommendation article number numbers appendix sales'
  ).split(' '),
);
const afterCount = new RegExp(
  `^\\s*(?:${monthNames.join('|')}|to \\d|and \\d|or \\d|per|percent|%|years?|months?|days?|weeks?|hours?|million|billion|times|[-–—]\\s*\\d)`,
  'i',
);

// In the glued and spaced patterns the look-behind follows the character it checks the left of
// ("\d(?<=[A-Za-z...]\d)" rather than "(?<=[A-Za-z...])\d"): same matches, but a regex that opens
// with a look-behind runs it at every character of the paragraph, while one that opens with a
// digit or a space skips ahead to the next one (four times faster here).

/** How far back a token before a marker is read: symbols and abbreviations are shorter. */
const tokenWindow = 64;

function findHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(/(\d(?<=[A-Za-z)\]’”'.,;:]\d)\d{0,4})(?=[\s,.;:)\]’”]|$)/g)) {
    const at = m.index!;
    // Within a window: a search back to the last space is quadratic over a text without spaces.
    const window = text.slice(Math.max(0, at - tokenWindow), at);
    const token = window.slice(window.lastIndexOf(' ') + 1);
    // Symbols (A/CONF.203/RPM.1/1), abbreviations (Corr.1), codes (G20, COVID-19) carry their own digits.
    const afterPunctuation = /[,;:)]$/.test(token);
    if (
      (token.includes('/') && !afterPunctuation) ||
      abbreviation.test(token) ||
      /^[A-Z]{1,3}$/.test(token) ||
      /[-–]$/.test(token)
    )
      continue;
    if (/^\d{1,3}[.,]$/.test(token)) continue; // a decimal or a list: 0.15, 3,4 (a year may precede: 1996,9)
    hits.push({ cut: [at, at + m[1]!.length], marker: m[1]!, form: 'glued' });
  }
  for (const m of text.matchAll(/(?<![\d/.,])((?:1[6-9]|20)\d\d)(\d{1,2})(?=[\s,.;:)]|$)/g)) {
    const at = m.index! + m[1]!.length;
    hits.push({ cut: [at, at + m[2]!.length], marker: m[2]!, form: 'year' });
  }
  for (const m of text.matchAll(/ (?<=[A-Za-z)\]’”'.,;:] )(\d{1,3})(?=[\s,.;:)]|$)/g)) {
    const at = m.index!;
    const word = /([A-Za-z]+)\W*$/.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
    if (beforeCount.has(word) || afterCount.test(text.slice(at + 1 + m[1]!.length))) continue;
    // "paragraphs 3, 4 and 5": a small number before is a list; a year before ("in 2023, 4") is not.
    // Read in the last five characters, which hold any such number: a regex ending in $ over the
    // whole text before would be tried at each of its characters, once per hit.
    const before = text.slice(Math.max(0, at - 5), at);
    if ((at <= 5 ? /(?:^|\D)\d{1,3}[.,]?$/ : /\D\d{1,3}[.,]?$/).test(before)) continue;
    hits.push({ cut: [at, at + 1 + m[1]!.length], marker: m[1]!, form: 'spaced' });
  }
  // Stars are rare: most paragraphs need not run the regex.
  if (text.includes('*')) {
    for (const m of text.matchAll(/(?<=[A-Za-z)\]’”.,;:])(\*{1,3})(?=[\s,.;:]|$)/g)) {
      hits.push({ cut: [m.index!, m.index! + m[1]!.length], marker: m[1]!, form: 'star' });
    }
  }
  return hits.sort((a, b) => a.cut[0] - b.cut[0]);
}

/** The footnote block of the page a source line is on: the first block after it (blocks are in line order). */
export function blockFor(blocks: FootnoteBlock[], line: number): FootnoteBlock | undefined {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.line > line) high = mid;
    else low = mid + 1;
  }
  return blocks[low] ?? blocks.at(-1);
}

/**
 * Footnotes by marker, in reading order, with the first one not yet claimed: a hit looks up its
 * footnote instead of walking the block (thousands of footnotes, thousands of markers).
 */
class ByMarker {
  private readonly lists = new Map<string, FootnoteEntry[]>();
  /** Index of the first unclaimed footnote in each list; claims are never undone, so it only moves on. */
  private readonly cursors = new Map<string, number>();

  constructor(entries: Iterable<FootnoteEntry>) {
    for (const entry of entries) {
      const list = this.lists.get(entry.marker);
      if (list) list.push(entry);
      else this.lists.set(entry.marker, [entry]);
    }
  }

  has(marker: string): boolean {
    return this.lists.has(marker);
  }

  first(marker: string): FootnoteEntry | undefined {
    return this.lists.get(marker)?.[0];
  }

  firstUnclaimed(marker: string, claimed: ReadonlySet<number>): FootnoteEntry | undefined {
    const list = this.lists.get(marker);
    if (!list) return undefined;
    let at = this.cursors.get(marker) ?? 0;
    while (at < list.length && claimed.has(list[at]!.key)) at += 1;
    this.cursors.set(marker, at);
    return list[at];
  }
}

export interface MarkedDocument {
  paragraphs: MarkedParagraph[];
  /** Paragraph id holding each footnote, by footnote key. */
  holders: Map<number, string>;
}

export function placeMarkers(paragraphs: RawParagraph[], blocks: FootnoteBlock[], warnings: string[]): MarkedDocument {
  const holders = new Map<number, string>();
  const claimed = new Set<number>();
  const everywhere = new ByMarker(blocks.flatMap((b) => b.entries));
  const byBlock = new Map(blocks.map((b) => [b, new ByMarker(b.entries)]));
  const marked = paragraphs.map((paragraph): MarkedParagraph => {
    const accepted: { hit: Hit; footnote: FootnoteEntry }[] = [];
    let lastEnd = -1;
    for (const hit of findHits(paragraph.text)) {
      if (hit.cut[0] < lastEnd) continue;
      const line = lineAt(paragraph.lineStarts, hit.cut[0]);
      const block = blockFor(blocks, line);
      const onPage = block ? byBlock.get(block)! : undefined;
      let footnote =
        hit.form === 'glued' || hit.form === 'star'
          ? onPage?.first(hit.marker)
          : onPage?.firstUnclaimed(hit.marker, claimed);
      if (!footnote && hit.form === 'glued') {
        // A glued number is almost surely a marker; its footnote may sit on a neighbouring page.
        footnote = everywhere.firstUnclaimed(hit.marker, claimed);
        if (footnote)
          warnings.push(
            `line ${line}: marker ${hit.marker} has no footnote on its page; tied to footnote ${hit.marker} at line ${footnote.line}`,
          );
      }
      if (!footnote) {
        // A glued number is printed as a marker; without any footnote it stays in the text, said once.
        // Four or five digits glued to a word are a marker only when such a footnote exists.
        if (hit.form === 'glued' && hit.marker.length <= 3 && !everywhere.has(hit.marker)) {
          warnings.push(
            `line ${line}: marker ${hit.marker} after “${paragraph.text
              .slice(Math.max(0, hit.cut[0] - 20), hit.cut[0])
              .split(' ')
              .at(-1)}” has no footnote; left in the text`,
          );
        }
        continue;
      }
      claimed.add(footnote.key);
      if (!holders.has(footnote.key)) holders.set(footnote.key, paragraph.id);
      accepted.push({ hit, footnote });
      lastEnd = hit.cut[1];
    }
    return removeMarkers(paragraph, accepted);
  });
  attachStarNotes(marked, blocks, holders, warnings);
  return { paragraphs: marked, holders };
}

export function removeMarkers(
  paragraph: RawParagraph,
  accepted: { hit: Hit; footnote: FootnoteEntry }[],
): MarkedParagraph {
  let text = '';
  let from = 0;
  const markers: MarkerHit[] = [];
  const cuts: [number, number][] = [];
  for (const { hit, footnote } of accepted) {
    text += paragraph.text.slice(from, hit.cut[0]);
    markers.push({ offset: text.length, footnote });
    cuts.push(hit.cut);
    from = hit.cut[1];
  }
  text += paragraph.text.slice(from);
  // Both ascending: one walk over the cuts shifts every line start.
  let cut = 0;
  let removed = 0;
  const lineStarts = paragraph.lineStarts.map((s) => {
    while (cut < cuts.length && cuts[cut]![1] <= s.offset) {
      removed += cuts[cut]![1] - cuts[cut]![0];
      cut += 1;
    }
    return { offset: s.offset - removed, line: s.line };
  });
  // Field by field: a spread that adds a field is slow, and this runs for every paragraph.
  return {
    id: paragraph.id,
    section: paragraph.section,
    number: paragraph.number,
    text,
    lineStarts,
    line: paragraph.line,
    markers,
  };
}

/** A `*` note belongs to the heading that carried the star; when the text lost it, to the first title. */
export function attachStarNotes(
  paragraphs: MarkedParagraph[],
  blocks: FootnoteBlock[],
  holders: Map<number, string>,
  warnings: string[],
): void {
  const title = paragraphs.find((p) => p.section.endsWith('title'));
  for (const footnote of blocks.flatMap((b) => b.entries)) {
    if (holders.has(footnote.key)) continue;
    if (/^\*+$/.test(footnote.marker) && title) {
      title.markers.push({ offset: title.text.length, footnote, inferred: true });
      holders.set(footnote.key, title.id);
      warnings.push(
        `line ${footnote.line}: footnote ${footnote.marker} has no mark in the text; tied to the title (${title.id})`,
      );
    } else {
      warnings.push(`line ${footnote.line}: no paragraph holds the marker of footnote ${footnote.marker}`);
    }
  }
}
