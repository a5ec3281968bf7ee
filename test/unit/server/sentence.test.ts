import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceSpan } from '../../../server/resolvers/sentence.ts';

const op4 =
  'We welcome the entry into force of the United Nations Convention against Transnational Organized Crime and two of its Protocols. ' +
  'We call upon all States that have not yet done so to seek to ratify the United Nations Convention against Corruption. ' +
  'In implementing the provisions of those instruments, we commit ourselves to full compliance.';

function around(text: string, surface: string): string {
  const start = text.indexOf(surface);
  return sentenceAround(text, start, start + surface.length);
}

describe('sentenceAround', () => {
  it.each([
    [
      'United Nations Convention against Transnational Organized Crime',
      'We welcome the entry into force of the United Nations Convention against Transnational Organized Crime and two of its Protocols.',
    ],
    [
      'United Nations Convention against Corruption',
      'We call upon all States that have not yet done so to seek to ratify the United Nations Convention against Corruption.',
    ],
    [
      'those instruments',
      'In implementing the provisions of those instruments, we commit ourselves to full compliance.',
    ],
  ])('finds the sentence around %s', (surface, sentence) => {
    expect(around(op4, surface)).toBe(sentence);
  });

  it('does not end a sentence at an abbreviation', () => {
    const text = 'See United Nations, Treaty Series, vol. 823, No. 11806. Next sentence.';
    expect(around(text, 'Treaty Series')).toBe('See United Nations, Treaty Series, vol. 823, No. 11806.');
  });

  it('spans sentences when a citation does, and survives offsets out of range', () => {
    expect(sentenceAround('One. Two. Three.', 2, 7)).toBe('One. Two.');
    expect(sentenceAround('One. Two.', 50, 60)).toBe('Two.');
    expect(sentenceAround('', 0, 3)).toBe('');
  });

  it('gives the offsets of the sentence in the paragraph, without the spaces around it', () => {
    const text = 'One.  Two and two.  Three.';
    const at = text.lastIndexOf('two');
    const span = sentenceSpan(text, at, at + 3);
    expect(text.slice(span.start, span.end)).toBe('Two and two.');
    expect(at - span.start).toBe('Two and '.length);
  });
});
