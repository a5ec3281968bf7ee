// The mini-map: a small canvas in the corner of a large view showing every visible node as a dot
// of its kind's colour and the part the screen shows as a rectangle; a click or drag on it moves
// the view there. Drawn by hand on a 2D canvas (the navigator extension is unmaintained), and only
// above `minNodes` and while part of the graph is off screen: a large view, zoomed in. The geometry is
// pure (fitTransform, viewportRect, panTo), the drawing and the events are `mountMinimap`.
import type { Core } from 'cytoscape';
import { kindStyle } from './style.ts';
import { visibleElements } from './visible.ts';

export const defaults = {
  /** Shown above this many visible nodes. */
  minNodes: 200,
  /** CSS pixels. */
  width: 200,
  height: 130,
  padding: 6,
  /** A node's dot, in CSS pixels. */
  dot: 2.5,
  viewportColour: '#c62828',
};

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface Point {
  x: number;
  y: number;
}
/** Mini-map pixel = offset + scale × model coordinate. */
export interface Transform {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/** Fits a model box into the mini-map, centred, keeping its proportions. */
export function fitTransform(box: Box, width: number, height: number, padding: number): Transform {
  const w = Math.max(1, box.x2 - box.x1);
  const h = Math.max(1, box.y2 - box.y1);
  const scale = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
  return {
    scale,
    offsetX: (width - scale * w) / 2 - scale * box.x1,
    offsetY: (height - scale * h) / 2 - scale * box.y1,
  };
}

export const toMinimap = (t: Transform, p: Point): Point => ({
  x: t.offsetX + t.scale * p.x,
  y: t.offsetY + t.scale * p.y,
});
export const toModel = (t: Transform, p: Point): Point => ({
  x: (p.x - t.offsetX) / t.scale,
  y: (p.y - t.offsetY) / t.scale,
});

/** The screen's part of the model (Cytoscape's extent) as a rectangle on the mini-map. */
export function viewportRect(t: Transform, extent: Box): Box {
  const a = toMinimap(t, { x: extent.x1, y: extent.y1 });
  const b = toMinimap(t, { x: extent.x2, y: extent.y2 });
  return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}

/** The pan that puts a model point at the centre of a screen of this size, at this zoom. */
export function panTo(model: Point, zoom: number, screenWidth: number, screenHeight: number): Point {
  return { x: screenWidth / 2 - zoom * model.x, y: screenHeight / 2 - zoom * model.y };
}

/** Model bounds of the visible nodes' centres (cheaper than bounding boxes, and enough for dots). */
function bounds(points: Point[]): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const p of points) {
    box.x1 = Math.min(box.x1, p.x);
    box.y1 = Math.min(box.y1, p.y);
    box.x2 = Math.max(box.x2, p.x);
    box.y2 = Math.max(box.y2, p.y);
  }
  return box;
}

/** Whether `outer` holds all of `inner`. */
export const contains = (outer: Box, inner: Box) =>
  outer.x1 <= inner.x1 && outer.y1 <= inner.y1 && outer.x2 >= inner.x2 && outer.y2 >= inner.y2;

export interface Minimap {
  readonly element: HTMLCanvasElement;
  /** Whether it is shown (above minNodes visible nodes). */
  readonly shown: boolean;
  draw(): void;
  destroy(): void;
}

export function mountMinimap(cy: Core, parent: HTMLElement, options = defaults): Minimap {
  const canvas = document.createElement('canvas');
  canvas.className = 'minimap';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute(
    'aria-label',
    'Overview of the whole graph, with the part on screen outlined. Click or drag to move the view.',
  );
  canvas.title = 'Overview: click or drag to move the view';
  Object.assign(canvas.style, {
    position: 'absolute',
    right: '8px',
    bottom: '8px',
    width: `${options.width}px`,
    height: `${options.height}px`,
    zIndex: '4',
    background: 'rgba(255,255,255,0.92)',
    border: '1px solid #c9ced6',
    borderRadius: '3px',
    cursor: 'crosshair',
    touchAction: 'none',
  });
  canvas.hidden = true;
  parent.append(canvas);
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(options.width * ratio);
  canvas.height = Math.round(options.height * ratio);
  const ctx = canvas.getContext('2d');
  let transform: Transform | undefined;
  let shown = false;

  const draw = () => {
    frame = 0;
    if (!ctx || cy.destroyed()) return;
    const nodes = visibleElements(cy).nodes();
    const points =
      nodes.length > options.minNodes
        ? nodes.map((n) => ({ ...n.position(), colour: kindStyle(String(n.data('kind'))).color }))
        : [];
    const box = bounds(points);
    const extent = cy.extent();
    // While the whole graph is on screen the mini-map would only hide a corner of it.
    shown = points.length > 0 && !contains(extent, box);
    canvas.hidden = !shown;
    if (!shown) return;
    transform = fitTransform(box, options.width, options.height, options.padding);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, options.width, options.height);
    const d = options.dot;
    for (const p of points) {
      const at = toMinimap(transform, p);
      ctx.fillStyle = p.colour;
      ctx.fillRect(at.x - d / 2, at.y - d / 2, d, d);
    }
    const r = viewportRect(transform, extent);
    ctx.strokeStyle = options.viewportColour;
    ctx.lineWidth = 1.5;
    ctx.fillStyle = 'rgba(198,40,40,0.08)';
    ctx.fillRect(r.x1, r.y1, r.x2 - r.x1, r.y2 - r.y1);
    ctx.strokeRect(r.x1, r.y1, r.x2 - r.x1, r.y2 - r.y1);
  };
  // Many events in one frame (a layout moves every node) draw once.
  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const events = 'viewport add remove position class layoutstop resize';
  cy.on(events, schedule);

  const panHere = (event: PointerEvent) => {
    if (!transform) return;
    const rect = canvas.getBoundingClientRect();
    const model = toModel(transform, { x: event.clientX - rect.left, y: event.clientY - rect.top });
    cy.stop(true);
    cy.pan(panTo(model, cy.zoom(), cy.width(), cy.height()));
  };
  canvas.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    panHere(event);
  });
  canvas.addEventListener('pointermove', (event) => {
    if (canvas.hasPointerCapture(event.pointerId)) panHere(event);
  });
  schedule();

  return {
    element: canvas,
    get shown() {
      return shown;
    },
    draw,
    destroy() {
      cy.off(events, schedule);
      cancelAnimationFrame(frame);
      canvas.remove();
    },
  };
}
