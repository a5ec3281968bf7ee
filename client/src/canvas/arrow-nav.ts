// Arrow keys on the canvas: move the selection to the neighbouring node that lies in the arrow's
// direction (within 60° of it), the nearest such first. Pure: positions in, an id out.

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_KEYS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const VECTOR: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

export interface Placed {
  id: string;
  x: number;
  y: number;
}

/** The candidate in the direction from `from`, scored by distance and how far off the direction it lies; null when none. */
export function neighbourInDirection(
  from: { x: number; y: number },
  candidates: readonly Placed[],
  direction: Direction,
): string | null {
  const v = VECTOR[direction];
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const cos = (dx * v.x + dy * v.y) / distance;
    if (cos < 0.5) continue; // more than 60° off the arrow
    const score = distance * (2 - cos);
    if (!best || score < best.score) best = { id: c.id, score };
  }
  return best?.id ?? null;
}
