// The loaded documents (those with paragraphs; `documents` also lists documents only cited), asked
// for once and shared by the document picker, the Compare view and the Chain view.
import type { Api } from '../api.ts';
import { DOCUMENTS } from '../graphql-documents.ts';

export interface DocumentSummary {
  symbol: string;
  title: string;
  date?: string | null;
  paragraphCount: number;
}

let answer: Promise<DocumentSummary[]> | undefined;

/** Loaded documents by date (undated last), then symbol with numbers compared as numbers. */
export function loadedDocuments(api: Api): Promise<DocumentSummary[]> {
  answer ??= api
    .request(DOCUMENTS)
    .then(({ documents }) => sortDocuments(documents.filter((d) => d.paragraphCount > 0)));
  // A failed answer is not kept: the next caller asks again.
  answer.catch(() => (answer = undefined));
  return answer;
}

export function sortDocuments(documents: DocumentSummary[]): DocumentSummary[] {
  return [...documents].sort((a, b) => {
    if ((a.date ?? null) !== (b.date ?? null)) return !a.date ? 1 : !b.date ? -1 : a.date.localeCompare(b.date);
    return a.symbol.localeCompare(b.symbol, 'en', { numeric: true });
  });
}

/** A resolution symbol (A/RES/80/24): the chain walks these. */
export const isResolutionSymbol = (symbol: string) => /\/RES\//.test(symbol);

/** Short option text: "A/RES/80/24 — Nuclear disarmament". */
export function documentOption(d: DocumentSummary, max = 60): string {
  const title = d.title && d.title !== d.symbol ? ` — ${d.title}` : '';
  const text = `${d.symbol}${title}`;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
