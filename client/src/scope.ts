// Which graph the explorer draws: one document's, or the whole corpus's. Kept apart from the URL
// state so the entry chunk (prefetch.ts) can read it without loading the rest of the app.

/** The document drawn when the URL names none: the Bangkok Declaration, which `npm start` seeds. */
export const DEFAULT_DOCUMENT = 'E/CN.15/2005/5';

/** The `doc` value (`?doc=*`) that stands for every loaded document: `graph` without a document. */
export const ALL_DOCUMENTS = '*';

/** The `document` argument of `graph`/`datedGraph` for a URL's `doc`: null asks for the whole corpus. */
export function graphDocument(doc: string | null | undefined): string | null {
  if (doc === ALL_DOCUMENTS) return null;
  return doc ?? DEFAULT_DOCUMENT;
}

/** Whether a URL's `doc` opens the corpus overview (documents and their targets) rather than one document's graph. */
export function isOverview(doc: string | null | undefined): boolean {
  return doc === ALL_DOCUMENTS;
}
