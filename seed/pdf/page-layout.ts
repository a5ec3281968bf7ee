// PDF stage 3: what each line of a page is. Furniture is what sits in the page's margins or repeats
// on other pages at the same height (running headers, page numbers, job numbers, bar codes); a
// footnote is small text under the page's foot rule, each opening with its marker; the rest is body.
import type { FurnitureKind } from '../stages/support/types.ts';
import type { PdfLine } from './lines.ts';

export type LineRole =
  | { role: 'body' }
  | { role: 'furniture'; kind: FurnitureKind }
  | { role: 'footnote' }
  | { role: 'rule' };

export interface PageLayout {
  lines: PdfLine[];
  roles: LineRole[];
}

/** Lines that are furniture wherever they stand, as the text path knows them (seed/stages/clean.ts). */
const anchors: [FurnitureKind, RegExp][] = [
  ['symbol', /^[A-Z]{1,8}(?:\/[A-Za-z0-9.-]+)+(?:\s*\((?:Vol|Part)\.?[^)]*\))?(?<!\.)$/],
  ['page-number', /^(?:\d{1,3}|\d{1,3}\s*\/\s*\d{1,3}|-\s*\d{1,3}\s*-)$/],
  ['job-number', /^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})*$/],
  ['barcode', /^\*\d{6,}\*$/],
];
const rule = /^(?:_{5,}|-{5,}|—{3,})$/;

function anchorKind(text: string): FurnitureKind | undefined {
  for (const [kind, pattern] of anchors) if (pattern.test(text) && (kind !== 'symbol' || /\d/.test(text))) return kind;
  return undefined;
}

/** The size most characters of the document have: the body text's. */
export function bodySize(pages: PdfLine[][]): number {
  const chars = new Map<number, number>();
  for (const line of pages.flat()) {
    const size = Math.round(line.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + line.text.length);
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** The same words at the same height on another page (digits aside: page numbers change). */
function repeatsElsewhere(line: PdfLine, pages: PdfLine[][]): boolean {
  const shape = (t: string): string => t.replace(/\d+/g, '0');
  return pages.some(
    (other) =>
      other[0]?.page !== line.page &&
      other.some((o) => Math.abs(o.y - line.y) < 2 && shape(o.text) === shape(line.text)),
  );
}

export function layoutPages(pages: PdfLine[][], pageHeights: number[]): PageLayout[] {
  const body = bodySize(pages);
  const small = (line: PdfLine): boolean => line.size < 0.92 * body;
  return pages.map((lines, index) => {
    const height = pageHeights[index]!;
    const roles: LineRole[] = lines.map(() => ({ role: 'body' }));
    // Body text of body size or larger: what stands above its first line and is smaller is a header.
    const firstBody = lines.findIndex((l) => !small(l) && !anchorKind(l.text));
    // Under the foot rule, only margins and page numbers are furniture: footnotes may repeat their
    // shape from page to page ("1 Resolution 70/1.") without being running text.
    const ruleAt = lines.findIndex((l) => rule.test(l.text));
    lines.forEach((line, k) => {
      if (k === ruleAt) return;
      const kind = anchorKind(line.text);
      const inMargin = line.y < 0.065 * height || line.y > 0.95 * height;
      const underRule = ruleAt >= 0 && k > ruleAt;
      const header = firstBody >= 0 && k < firstBody && small(line);
      const repeated =
        !underRule &&
        (small(line) || line.y < 0.12 * height || line.y > 0.88 * height) &&
        repeatsElsewhere(line, pages);
      if (
        (kind && (!underRule || kind === 'page-number' || kind === 'job-number' || kind === 'barcode')) ||
        inMargin ||
        header ||
        repeated
      ) {
        roles[k] = { role: 'furniture', kind: kind ?? 'running-title' };
      }
    });
    markFootnotes(lines, roles, small);
    return { lines, roles };
  });
}

/**
 * The foot rule ("__________") opens the footnotes; without one, a run of small lines at the page's
 * foot whose first line opens with a marker is taken for them.
 */
function markFootnotes(lines: PdfLine[], roles: LineRole[], small: (line: PdfLine) => boolean): void {
  const ruleAt = lines.findIndex((l, k) => roles[k]!.role === 'body' && rule.test(l.text));
  let from = ruleAt;
  if (ruleAt >= 0) roles[ruleAt] = { role: 'rule' };
  else {
    let k = lines.length - 1;
    while (k >= 0 && (roles[k]!.role === 'furniture' || small(lines[k]!))) k -= 1;
    const top = lines.findIndex((_line, j) => j > k && roles[j]!.role === 'body');
    if (top < 0 || !lines[top]!.opensWithMarker) return;
    from = top - 1;
  }
  for (let k = from + 1; k < lines.length; k += 1) if (roles[k]!.role === 'body') roles[k] = { role: 'footnote' };
}
