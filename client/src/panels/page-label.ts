// Where a paragraph stands in its source, for the details panel's heading: pages are known for a
// document read from a PDF, and a plain-text document has none.

/** " · p. 3" or " · pp. 3–4"; nothing when the pages are unknown. */
export function pageLabel(pages: number[] | null | undefined): string {
  if (!pages?.length) return '';
  const first = pages[0]!;
  const last = pages.at(-1)!;
  return first === last ? ` · p. ${first}` : ` · pp. ${first}–${last}`;
}
