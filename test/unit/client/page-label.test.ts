import { describe, expect, it } from 'vitest';
import { pageLabel } from '../../../client/src/panels/page-label.ts';

describe('pageLabel', () => {
  it('names one page, or the first and last of several, and nothing when pages are unknown', () => {
    expect(pageLabel([3])).toBe(' · p. 3');
    expect(pageLabel([1, 2])).toBe(' · pp. 1–2');
    expect(pageLabel(null)).toBe('');
    expect(pageLabel(undefined)).toBe('');
    expect(pageLabel([])).toBe('');
  });
});
