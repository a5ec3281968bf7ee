// SVG of what is on the canvas, drawn from node positions and our own style tables rather than
// through a canvas-to-SVG shim: vector output without another dependency, and the same shapes,
// colours and dash patterns as the screen.
import { PALETTE, kindStyle, relStyle } from '../canvas/style.ts';

export interface SvgNode {
  id: string;
  kind: string;
  label: string;
  x: number;
  y: number;
  classes: string[];
}
export interface SvgEdge {
  id: string;
  type: string;
  label: string;
  source: { x: number; y: number };
  target: { x: number; y: number };
  classes: string[];
}

const escapeXml = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

function shape(kind: string, x: number, y: number): string {
  const s = kindStyle(kind);
  const r = s.size / 2;
  const poly = (pts: [number, number][]) =>
    `<polygon points="${pts.map(([px, py]) => `${(x + px * r).toFixed(1)},${(y + py * r).toFixed(1)}`).join(' ')}"`;
  const ring = (n: number, offset: number) =>
    Array.from({ length: n }, (_, i): [number, number] => [
      Math.cos(offset + (2 * Math.PI * i) / n),
      Math.sin(offset + (2 * Math.PI * i) / n),
    ]);
  const open =
    {
      ellipse: `<circle cx="${x}" cy="${y}" r="${r}"`,
      rectangle: `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}"`,
      'round-rectangle': `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" rx="${r / 3}"`,
      triangle: poly([
        [0, -1],
        [1, 1],
        [-1, 1],
      ]),
      diamond: poly([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]),
      hexagon: poly(ring(6, 0)),
      octagon: poly(ring(8, Math.PI / 8)),
      'round-tag': poly([
        [-1, -0.8],
        [0.4, -0.8],
        [1, 0],
        [0.4, 0.8],
        [-1, 0.8],
      ]),
    }[s.shape as string] ?? `<circle cx="${x}" cy="${y}" r="${r}"`;
  return `${open} fill="${s.color}" stroke="#fff" stroke-width="1"/>`;
}

export function toSvg(nodes: SvgNode[], edges: SvgEdge[], padding = 40): string {
  if (nodes.length === 0) return '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const x0 = Math.min(...xs) - padding;
  const y0 = Math.min(...ys) - padding;
  const w = Math.max(...xs) - x0 + padding;
  const h = Math.max(...ys) - y0 + padding;
  const markers = [...new Set(edges.map((e) => e.type))].map(
    (t) =>
      `<marker id="arrow-${escapeXml(t)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${relStyle(t).color}"/></marker>`,
  );
  const lines = edges.map((e) => {
    const s = relStyle(e.type);
    const dash =
      s.line === 'dashed' ? ' stroke-dasharray="6 3"' : s.line === 'dotted' ? ' stroke-dasharray="1.5 3"' : '';
    const opacity = e.classes.includes('dimmed') ? ' opacity="0.15"' : '';
    const head = s.arrow === 'none' ? '' : ` marker-end="url(#arrow-${escapeXml(e.type)})"`;
    return `<line x1="${e.source.x.toFixed(1)}" y1="${e.source.y.toFixed(1)}" x2="${e.target.x.toFixed(1)}" y2="${e.target.y.toFixed(1)}" stroke="${s.color}" stroke-width="${s.width}"${dash}${head}${opacity}><title>${escapeXml(e.label)}</title></line>`;
  });
  const shapes = nodes.map((n) => {
    const opacity = n.classes.includes('dimmed') ? ' opacity="0.15"' : '';
    const ring =
      n.classes.includes('highlight') || n.classes.includes('on-path')
        ? `<circle cx="${n.x}" cy="${n.y}" r="${kindStyle(n.kind).size / 2 + 5}" fill="none" stroke="${n.classes.includes('on-path') ? PALETTE.path : PALETTE.highlight}" stroke-width="3"/>`
        : '';
    const label = `<text x="${n.x}" y="${(n.y + kindStyle(n.kind).size / 2 + 12).toFixed(1)}" text-anchor="middle" font-size="11" fill="${PALETTE.text}" stroke="${PALETTE.halo}" stroke-width="3" paint-order="stroke">${escapeXml(n.label)}</text>`;
    return `<g${opacity}><title>${escapeXml(n.id)}</title>${ring}${shape(n.kind, n.x, n.y)}${label}</g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0.toFixed(0)} ${y0.toFixed(0)} ${w.toFixed(0)} ${h.toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" font-family="system-ui, sans-serif">`,
    `<defs>${markers.join('')}</defs>`,
    `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="#ffffff"/>`,
    ...lines,
    ...shapes,
    '</svg>',
  ].join('\n');
}
