// The citing sentence marks the very words cited, found by the citation's offsets.
import { describe, expect, it } from 'vitest';
import { citedRuns } from '../../../client/src/panels/marked-text.ts';

describe('citedRuns', () => {
  const paragraph = 'Recalling its resolutions. The Convention, and the parties to the Convention, shall meet.';
  const sentenceStart = paragraph.indexOf('The Convention');
  const sentence = paragraph.slice(sentenceStart);

  it('marks the second occurrence of repeated words when the second is the one cited', () => {
    const start = paragraph.lastIndexOf('the Convention');
    const runs = citedRuns({ sentence, sentenceStart, start, end: start + 'the Convention'.length });
    expect(runs).toEqual(['The Convention, and the parties to ', 'the Convention', ', shall meet.']);
    expect(runs!.join('')).toBe(sentence);
  });

  it('marks the first occurrence when the first is cited', () => {
    const start = paragraph.indexOf('Convention');
    expect(citedRuns({ sentence, sentenceStart, start, end: start + 'Convention'.length })).toEqual([
      'The ',
      'Convention',
      ', and the parties to the Convention, shall meet.',
    ]);
  });

  it('marks nothing when the offsets fall outside the sentence', () => {
    expect(citedRuns({ sentence, sentenceStart, start: 0, end: 9 })).toBeNull();
    expect(citedRuns({ sentence, sentenceStart, start: paragraph.length - 2, end: paragraph.length + 5 })).toBeNull();
  });
});
