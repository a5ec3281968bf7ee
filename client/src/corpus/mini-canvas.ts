// A small Cytoscape drawing for the cross-document views (co-citation, chain): kind shapes and
// colours as on the main canvas, plus the view's own rules, and taps reported by id.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import { registerLayouts } from '../canvas/layouts.ts';
import { KIND_STYLE, PALETTE } from '../canvas/style.ts';

export interface MiniCanvas {
  cy: Core;
  /** Replaces the drawing and lays it out; resolves when the layout has stopped. */
  draw(elements: ElementDefinition[], layout: LayoutOptions): Promise<void>;
}

type Rule = { selector: string; style: Record<string, unknown> };

export function createMiniCanvas(
  container: HTMLElement,
  rules: Rule[],
  onTap: (id: string, group: 'nodes' | 'edges') => void,
): MiniCanvas {
  registerLayouts();
  const base: Rule[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        color: PALETTE.text,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': PALETTE.halo,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'border-width': 1,
        'border-color': '#fff',
      },
    },
    ...Object.entries(KIND_STYLE).map(([kind, s]) => ({
      selector: `node.${kind}`,
      style: { shape: s.shape, 'background-color': s.color, width: s.size, height: s.size },
    })),
    { selector: 'edge', style: { 'curve-style': 'bezier', 'line-color': '#8d6e63', 'target-arrow-shape': 'none' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': PALETTE.selected, 'border-style': 'double', 'font-weight': 'bold' },
    },
    { selector: 'edge:selected', style: { 'line-color': PALETTE.selected, 'target-arrow-color': PALETTE.selected } },
    { selector: '.hover', style: { 'border-width': 3, 'border-color': PALETTE.selected } },
  ];
  const cy = cytoscape({
    container,
    style: [...base, ...rules] as never,
    minZoom: 0.1,
    maxZoom: 3,
    wheelSensitivity: 0.4,
    selectionType: 'single',
  });
  cy.on('tap', 'node, edge', (e) => onTap(e.target.id() as string, e.target.isNode() ? 'nodes' : 'edges'));
  cy.on('mouseover', 'node, edge', (e) => e.target.addClass('hover'));
  cy.on('mouseout', 'node, edge', (e) => e.target.removeClass('hover'));
  if (typeof ResizeObserver !== 'undefined') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    new ResizeObserver(() => {
      if (container.clientWidth === 0) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        cy.resize();
        cy.fit(undefined, 30);
      }, 120);
    }).observe(container);
  }
  return {
    cy,
    draw: (elements, layout) =>
      new Promise<void>((resolve) => {
        cy.elements().remove();
        // Spread out before the layout runs: nodes stacked at one point make edges Cytoscape cannot draw.
        cy.add(
          elements.map((el, i) =>
            el.group === 'nodes' && !el.position
              ? { ...el, position: { x: (i % 12) * 60, y: Math.floor(i / 12) * 60 } }
              : el,
          ),
        );
        cy.resize();
        const run = cy.layout(layout);
        run.one('layoutstop', () => resolve());
        run.run();
      }),
  };
}
