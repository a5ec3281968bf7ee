import { describe, expect, it } from 'vitest';
import { neighbourInDirection } from '../../../client/src/canvas/arrow-nav.ts';

describe('neighbourInDirection', () => {
  const around = [
    { id: 'east', x: 100, y: 10 },
    { id: 'far-east', x: 300, y: 0 },
    { id: 'north', x: 0, y: -80 },
    { id: 'south-west', x: -60, y: 70 },
  ];
  it('moves to the nearest neighbour in the arrow’s direction', () => {
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'right')).toBe('east');
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'up')).toBe('north');
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'down')).toBe('south-west');
  });
  it('stays put when nothing lies that way', () => {
    expect(
      neighbourInDirection(
        { x: 0, y: 0 },
        around.filter((c) => c.id !== 'south-west'),
        'left',
      ),
    ).toBeNull();
  });
});
