import { describe, expect, it } from 'vitest';
import { coveredMs } from '../support/tier-times.ts';

describe("a tier's time", () => {
  it('counts files running side by side once, and the gaps between files not at all', () => {
    expect(coveredMs([])).toBe(0);
    expect(
      coveredMs([
        { start: 0, end: 10 },
        { start: 5, end: 12 },
        { start: 2, end: 4 },
      ]),
    ).toBe(12);
    expect(
      coveredMs([
        { start: 20, end: 30 },
        { start: 0, end: 10 },
      ]),
    ).toBe(20);
  });
});
