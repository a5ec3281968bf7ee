// Footnote ids: unique in a document and stable from one extraction to the next, where printed
// markers are not (an annex numbers its footnotes from 1 again, a `*` stands on several pages).
// `fn-<marker>` for the first footnote with a marker, `fn-<marker>-<n>` for its n-th.

/** A namer of one document's footnotes, called in reading order. */
export function footnoteIdNamer(): (marker: string) => string {
  const seen = new Map<string, number>();
  return (marker) => {
    const count = (seen.get(marker) ?? 0) + 1;
    seen.set(marker, count);
    return count === 1 ? `fn-${marker}` : `fn-${marker}-${count}`;
  };
}
