// The one error the extractor throws on purpose: it names the file and, where known, the line, so
// the CLI can print a plain message instead of a stack and a caller can tell bad input from a bug.

export type ExtractErrorCode =
  | 'MISSING_FILE'
  | 'UNREADABLE_FILE'
  | 'BINARY_FILE'
  | 'EMPTY_FILE'
  | 'NO_PARAGRAPHS'
  | 'TOO_LARGE'
  | 'BAD_ENCODING'
  | 'ENCRYPTED_PDF'
  | 'CORRUPT_PDF'
  | 'TOO_MANY_PAGES'
  | 'NO_TEXT';

export class ExtractError extends Error {
  override name = 'ExtractError';
  constructor(
    readonly code: ExtractErrorCode,
    readonly file: string,
    problem: string,
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem}`, options);
  }
}
