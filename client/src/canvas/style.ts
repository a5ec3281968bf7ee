// How each node kind and relationship type looks. Colour is never the only cue: every kind has
// its own shape and every relationship its own line style or arrow. Fill colours reach 3:1
// against white (WCAG 1.4.11 for graphics); label text is near-black on a white halo (AA).
import type { Css, StylesheetJson } from 'cytoscape';
import { Rel, kindOfLabel } from '../../../graph/model.ts';

export interface KindStyle {
  shape: Css.NodeShape;
  color: string;
  /** Node width and height in model pixels: hubs (documents, instruments) are drawn larger. */
  size: number;
  /** Legend wording. */
  name: string;
  /** A Unicode glyph that echoes the shape, for the legend and lists outside the canvas. */
  glyph: string;
}

export const KIND_STYLE: Record<string, KindStyle> = {
  [kindOfLabel.Document]: { shape: 'rectangle', color: '#37474f', size: 44, name: 'Document', glyph: '■' },
  [kindOfLabel.Paragraph]: { shape: 'round-rectangle', color: '#1f5fa8', size: 26, name: 'Paragraph', glyph: '▢' },
  [kindOfLabel.Footnote]: { shape: 'triangle', color: '#6b6b6b', size: 18, name: 'Footnote', glyph: '▲' },
  [kindOfLabel.Instrument]: { shape: 'diamond', color: '#b34700', size: 40, name: 'Instrument', glyph: '◆' },
  [kindOfLabel.Resolution]: { shape: 'hexagon', color: '#6a3d9a', size: 34, name: 'Resolution', glyph: '⬢' },
  [kindOfLabel.Body]: { shape: 'ellipse', color: '#2e7d32', size: 28, name: 'Body', glyph: '●' },
  [kindOfLabel.Theme]: { shape: 'round-tag', color: '#ad1457', size: 26, name: 'Theme', glyph: '◗' },
  [kindOfLabel.Group]: { shape: 'octagon', color: '#795548', size: 36, name: 'Group', glyph: '⯃' },
};

export const FALLBACK_KIND: KindStyle = { shape: 'ellipse', color: '#555555', size: 24, name: 'Other', glyph: '○' };

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLE[kind] ?? FALLBACK_KIND;
}

export interface RelStyle {
  color: string;
  line: Css.LineStyle;
  arrow: Css.ArrowShape;
  width: number;
  name: string;
}

export const REL_STYLE: Record<string, RelStyle> = {
  [Rel.CITES]: { color: '#b34700', line: 'solid', arrow: 'triangle', width: 2.5, name: 'cites' },
  [Rel.MENTIONS]: { color: '#2e7d32', line: 'dashed', arrow: 'vee', width: 1.5, name: 'mentions' },
  [Rel.ADDRESSES]: { color: '#ad1457', line: 'dotted', arrow: 'circle', width: 1.5, name: 'addresses theme' },
  [Rel.HAS_PARAGRAPH]: { color: '#90a4ae', line: 'solid', arrow: 'none', width: 1, name: 'has paragraph' },
  [Rel.NEXT]: { color: '#1f5fa8', line: 'dotted', arrow: 'chevron', width: 1, name: 'next paragraph' },
  [Rel.HAS_FOOTNOTE]: { color: '#6b6b6b', line: 'dashed', arrow: 'tee', width: 1, name: 'has footnote' },
  [Rel.ANNEXES]: { color: '#6a3d9a', line: 'solid', arrow: 'square', width: 2, name: 'annexes' },
  [Rel.SUPPLEMENTS]: { color: '#b34700', line: 'dashed', arrow: 'triangle-tee', width: 2, name: 'supplements' },
  [Rel.AMENDS]: { color: '#b34700', line: 'dotted', arrow: 'triangle-tee', width: 2, name: 'amends' },
  [Rel.ADOPTED_BY]: { color: '#6a3d9a', line: 'dashed', arrow: 'diamond', width: 1.5, name: 'adopted by' },
  [Rel.PART_OF]: { color: '#2e7d32', line: 'solid', arrow: 'triangle-backcurve', width: 1.5, name: 'part of' },
  [Rel.MEMBER_OF]: { color: '#795548', line: 'dashed', arrow: 'triangle-cross', width: 1.5, name: 'member of' },
  [Rel.REFERENCES]: { color: '#37474f', line: 'solid', arrow: 'vee', width: 1.5, name: 'references' },
};

export const FALLBACK_REL: RelStyle = { color: '#757575', line: 'solid', arrow: 'triangle', width: 1, name: 'related' };

export function relStyle(type: string): RelStyle {
  return REL_STYLE[type] ?? FALLBACK_REL;
}

/** Colours outside the graph itself, shared with the SVG export. */
export const PALETTE = { text: '#1b1b1b', halo: '#ffffff', selected: '#000000', highlight: '#e6a100', path: '#c62828' };

export const defaults = {
  /** Labels smaller than this on screen are not drawn: at low zoom they are noise and cost frames. */
  minZoomedFontSize: 7,
  fontSize: 11,
};

/**
 * The label font in model units, set for the current zoom by labels.ts so labels keep one
 * size on screen; the stylesheet reads it through functions, refreshed with `cy.style().update()`.
 */
export const labelScale = { fontSize: defaults.fontSize, margin: 3 };

/** `large`: straight, arrowless haystack edges, several times cheaper to draw on big graphs. */
export function stylesheet(options = defaults, large = false): StylesheetJson {
  const byKind = Object.entries(KIND_STYLE).map(([kind, s]) => ({
    selector: `node.${kind}`,
    style: { shape: s.shape, 'background-color': s.color, width: s.size, height: s.size },
  }));
  const byRel = Object.entries(REL_STYLE).map(([type, s]) => ({
    selector: `edge.${type}`,
    style: {
      'line-color': s.color,
      'target-arrow-color': s.color,
      'target-arrow-shape': s.arrow,
      'line-style': s.line,
      width: s.width,
    },
  }));
  const sheet: { selector: string; style: Record<string, unknown> }[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': () => labelScale.fontSize,
        color: PALETTE.text,
        'text-valign': 'bottom',
        'text-margin-y': () => labelScale.margin,
        // Labels arrive short (elements.ts cuts long ones), so no per-label wrap measuring.
        'text-wrap': 'none',
        'text-background-color': PALETTE.halo,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': options.minZoomedFontSize,
        'background-color': FALLBACK_KIND.color,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...byKind,
    // Style by data: size by times cited in the current scope (importance.ts).
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node.no-label', style: { label: '' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'arrow-scale': 0.9,
        'line-color': FALLBACK_REL.color,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': FALLBACK_REL.color,
        // Edge labels only on hover or selection: the whole graph's surfaces would be unreadable.
        label: '',
        'font-size': options.fontSize - 1,
        color: PALETTE.text,
        'text-rotation': 'autorotate',
        'text-background-color': PALETTE.halo,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'min-zoomed-font-size': options.minZoomedFontSize,
      },
    },
    ...byRel,
    // An overview edge stands for many citing paragraphs: its width says how many.
    { selector: 'edge[weight]', style: { width: 'mapData(weight, 1, 20, 1.5, 9)' } },
    // No z-index on edges: a raised edge would lie over nodes and take their clicks.
    { selector: 'edge.hover, edge:selected, edge.show-label', style: { label: 'data(label)' } },
    {
      selector: 'edge:selected',
      style: { width: 4, 'line-color': PALETTE.selected, 'target-arrow-color': PALETTE.selected },
    },
    { selector: 'node.hover', style: { 'border-width': 3, 'border-color': PALETTE.selected } },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': PALETTE.selected,
        'border-style': 'double',
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    // Highlight = thick amber border AND bold label, so it reads without colour.
    {
      selector: 'node.highlight',
      style: { 'border-width': 5, 'border-color': PALETTE.highlight, 'font-weight': 'bold', 'z-index': 15 },
    },
    { selector: 'edge.highlight', style: { width: 4 } },
    {
      selector: 'node.on-path',
      style: { 'border-width': 5, 'border-color': PALETTE.path, 'border-style': 'double', 'font-weight': 'bold' },
    },
    {
      selector: 'edge.on-path',
      style: { width: 5, 'line-color': PALETTE.path, 'target-arrow-color': PALETTE.path, label: 'data(label)' },
    },
    { selector: '.dimmed', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    // Under a date filter, a node of unknown date is neither hidden nor passed off as dated.
    {
      selector: 'node.undated',
      style: { opacity: 0.45, 'border-width': 2, 'border-style': 'dashed', 'border-color': PALETTE.selected },
    },
    // The selection stays fully visible even inside a dimmed trace.
    { selector: ':selected', style: { opacity: 1, 'text-opacity': 1 } },
    { selector: '.filtered, .hidden, .unfocused, .untimely, .collapsed', style: { display: 'none' } },
    // A traced path is shown whole, even through kinds the filters hide (themes, by default).
    { selector: '.on-path', style: { display: 'element' } },
  ];
  if (large)
    sheet.push({
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
    });
  return sheet as StylesheetJson;
}
