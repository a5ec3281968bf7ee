import { describe, expect, it } from 'vitest';
import { themeCounts } from '../../../client/src/panels/filters.ts';

describe('themeCounts', () => {
  it('counts each paragraph once per theme it addresses, and only the themes present', () => {
    const counts = themeCounts([['corruption', 'terrorism'], ['corruption', 'corruption'], undefined, []]);
    expect(counts).toEqual(
      new Map([
        ['corruption', 2],
        ['terrorism', 1],
      ]),
    );
    expect(themeCounts([]).size).toBe(0);
  });
});
