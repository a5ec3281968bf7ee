// Motion on the canvas follows the reader's system setting: with "reduce motion" on (the
// `prefers-reduced-motion` media feature), layouts place nodes at once and the viewport jumps
// rather than glides. Asked on every move, so a setting changed while the page is open applies.
import type { CollectionArgument, Core, Position } from 'cytoscape';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Where the viewport goes: fitted to elements, or a zoom level with a centre or a pan. */
export type ViewportMove =
  | { fit: { eles: CollectionArgument; padding: number } }
  | { zoom: number; center: { eles: CollectionArgument } }
  | { zoom: number; pan: Position };

/** Moves the viewport over `duration` ms, or at once when motion is reduced. */
export function moveViewport(cy: Core, to: ViewportMove, duration: number): void {
  if (!prefersReducedMotion()) {
    cy.animate(to, { duration });
    return;
  }
  // A glide started before the setting changed would otherwise carry on from the jump.
  cy.stop(true);
  if ('fit' in to) cy.fit(to.fit.eles, to.fit.padding);
  else if ('pan' in to) cy.viewport({ zoom: to.zoom, pan: to.pan });
  else {
    cy.zoom(to.zoom);
    cy.center(to.center.eles);
  }
}
