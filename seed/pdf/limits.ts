// Bounds on one PDF, apart from the byte limit every file has (seed/stages/read-input.ts).

/** The most pages one document may have: UN resolutions run to tens of pages; a bomb claims millions. */
export const maxPdfPages = 500;
