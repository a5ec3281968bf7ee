// The document picker: one document's graph, or the whole corpus's (`?doc=*`). Shown only when
// more than one document is loaded, so a database with the Bangkok Declaration alone looks as before.
import { byId, fill, h } from '../dom.ts';
import { documentOption, type DocumentSummary } from '../corpus/documents.ts';
import { ALL_DOCUMENTS, DEFAULT_DOCUMENT } from '../scope.ts';

export interface DocumentPicker {
  render(doc: string | null): void;
}

/** `onPick` gets the URL's `doc`: null for the default document, ALL_DOCUMENTS for the corpus. */
export function createDocumentPicker(
  documents: DocumentSummary[],
  onPick: (doc: string | null) => void,
): DocumentPicker {
  const wrapper = byId('doc-pick');
  const select = byId<HTMLSelectElement>('doc-picker');
  const symbols = new Set(documents.map((d) => d.symbol));
  fill(
    select,
    h('option', { value: ALL_DOCUMENTS }, `Whole corpus (${documents.length} documents)`),
    documents.map((d) => h('option', { value: d.symbol, title: d.title }, documentOption(d, 48))),
  );
  select.addEventListener('change', () => onPick(select.value === DEFAULT_DOCUMENT ? null : select.value));
  wrapper.hidden = documents.length <= 1;
  return {
    render(doc) {
      const value = doc ?? DEFAULT_DOCUMENT;
      // A database without the default document draws the whole graph (see main.ts).
      select.value = symbols.has(value) || value === ALL_DOCUMENTS ? value : ALL_DOCUMENTS;
    },
  };
}
