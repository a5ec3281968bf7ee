// Opaque cursors for paragraph pages: a paragraph's place in reading order (document symbol,
// order), so a page starts after it even when paragraphs before it were added or removed.
import { badInput } from '../errors.ts';
import { int, text, type NodeRecord } from '../cypher-rows.ts';

export interface ParagraphCursor {
  document: string;
  order: number;
}

export function encodeCursor(paragraph: NodeRecord): string {
  const place = [text(paragraph, 'document') ?? '', int(paragraph, 'order') ?? 0];
  return Buffer.from(JSON.stringify(place), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument = 'after'): ParagraphCursor {
  let place: unknown;
  try {
    place = cursor.length <= 1000 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    place = undefined;
  }
  if (!Array.isArray(place) || place.length !== 2 || typeof place[0] !== 'string' || !Number.isSafeInteger(place[1])) {
    throw badInput(argument, 'is not a cursor this server gave out (use pageInfo.endCursor)');
  }
  return { document: place[0], order: place[1] as number };
}
