// Small SVG pictures of a node shape or an edge line, for the legend: the legend shows the same
// shape and dash pattern as the canvas, so colour is never the only cue there either.
import type { KindStyle, RelStyle } from '../canvas/style.ts';

const NS = 'http://www.w3.org/2000/svg';

/** Polygon points for the shapes we use, in a 0..16 box. */
const POINTS: Record<string, string> = {
  triangle: '8,1 15,15 1,15',
  diamond: '8,0 16,8 8,16 0,8',
  hexagon: '4,1 12,1 16,8 12,15 4,15 0,8',
  octagon: '5,0 11,0 16,5 16,11 11,16 5,16 0,11 0,5',
  'round-tag': '0,2 11,2 16,8 11,14 0,14',
};

export function shapeSwatch(style: KindStyle): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'swatch');
  svg.setAttribute('aria-hidden', 'true');
  let shape: SVGElement;
  if (POINTS[style.shape]) {
    shape = document.createElementNS(NS, 'polygon');
    shape.setAttribute('points', POINTS[style.shape]!);
  } else if (style.shape === 'ellipse') {
    shape = document.createElementNS(NS, 'circle');
    shape.setAttribute('cx', '8');
    shape.setAttribute('cy', '8');
    shape.setAttribute('r', '7.5');
  } else {
    shape = document.createElementNS(NS, 'rect');
    shape.setAttribute('x', '1');
    shape.setAttribute('y', style.shape === 'rectangle' ? '1' : '3');
    shape.setAttribute('width', '14');
    shape.setAttribute('height', style.shape === 'rectangle' ? '14' : '10');
    if (style.shape === 'round-rectangle') shape.setAttribute('rx', '3');
  }
  shape.setAttribute('fill', style.color);
  svg.append(shape);
  return svg;
}

export function lineSwatch(style: RelStyle): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 28 10');
  svg.setAttribute('class', 'swatch line');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(NS, 'line');
  for (const [k, v] of Object.entries({
    x1: '1',
    y1: '5',
    x2: '21',
    y2: '5',
    stroke: style.color,
    'stroke-width': String(Math.max(1.5, style.width)),
  }))
    line.setAttribute(k, v);
  if (style.line === 'dashed') line.setAttribute('stroke-dasharray', '4 2');
  if (style.line === 'dotted') line.setAttribute('stroke-dasharray', '1.5 2');
  const head = document.createElementNS(NS, 'polygon');
  head.setAttribute('points', style.arrow === 'none' ? '' : '21,1 28,5 21,9');
  head.setAttribute('fill', style.color);
  svg.append(line, head);
  return svg;
}
