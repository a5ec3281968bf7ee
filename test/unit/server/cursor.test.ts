import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../server/resolvers/cursor.ts';

const paragraph = { id: 'E/CN.15/2005/5#op-12', labels: ['Paragraph'], document: 'E/CN.15/2005/5', order: 26 };

describe('paragraph cursors', () => {
  it('round-trip a paragraph place', () => {
    expect(decodeCursor(encodeCursor(paragraph))).toEqual({ document: 'E/CN.15/2005/5', order: 26 });
  });

  it.each([
    '',
    'not base64!',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('["x","1"]').toString('base64url'),
    'x'.repeat(5000),
  ])('refuse %j with BAD_USER_INPUT', (cursor) => {
    try {
      decodeCursor(cursor);
      expect.unreachable();
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});
