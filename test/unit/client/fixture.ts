// A small fake of the API's `graph` answer, shaped like the Bangkok Declaration's: a document,
// four paragraphs in reading order, the instruments and resolutions they cite, a footnote,
// a body and a theme. Ids follow graph/MODEL.md.
import type { Subgraph } from '../../../client/src/types.ts';

const doc = 'E/CN.15/2005/5';
const p = (local: string) => `${doc}#${local}`;

export const fixture: Subgraph = {
  nodes: [
    { id: doc, kind: 'document', label: 'E/CN.15/2005/5', data: { title: 'Bangkok Declaration' } },
    { id: p('preamble-9'), kind: 'paragraph', label: 'Preamble 9', data: { order: 3, section: 'preamble' } },
    { id: p('op-4'), kind: 'paragraph', label: '¶ 4', data: { order: 7, section: 'operative' } },
    { id: p('op-12'), kind: 'paragraph', label: '¶ 12', data: { order: 15, section: 'operative' } },
    { id: p('op-23'), kind: 'paragraph', label: '¶ 23', data: { order: 26, section: 'operative' } },
    {
      id: 'untoc',
      kind: 'instrument',
      label: 'UNTOC',
      data: { title: 'United Nations Convention against Transnational Organized Crime' },
    },
    {
      id: 'uncac',
      kind: 'instrument',
      label: 'UNCAC',
      data: { title: 'United Nations Convention against Corruption' },
    },
    { id: 'unesco-1970-convention', kind: 'instrument', label: '1970 UNESCO Convention', data: {} },
    { id: 'cites', kind: 'instrument', label: 'CITES', data: {} },
    { id: 'cbd', kind: 'instrument', label: 'CBD', data: {} },
    { id: 'A/RES/58/4', kind: 'resolution', label: 'A/RES/58/4', data: {} },
    { id: `${doc}#fn-5`, kind: 'footnote', label: 'fn 5', data: { marker: '5' } },
    { id: 'unodc', kind: 'body', label: 'UNODC', data: {} },
    { id: 'corruption', kind: 'theme', label: 'Corruption', data: {} },
  ],
  edges: [
    { id: 'e1', source: doc, target: p('preamble-9'), type: 'HAS_PARAGRAPH', data: { order: 3 } },
    { id: 'e2', source: doc, target: p('op-4'), type: 'HAS_PARAGRAPH', data: { order: 7 } },
    { id: 'e3', source: doc, target: p('op-12'), type: 'HAS_PARAGRAPH', data: { order: 15 } },
    { id: 'e4', source: doc, target: p('op-23'), type: 'HAS_PARAGRAPH', data: { order: 26 } },
    {
      id: 'e5',
      source: p('op-4'),
      target: 'untoc',
      type: 'CITES',
      data: {
        surface: 'United Nations Convention against Transnational Organized Crime',
        start: 25,
        end: 88,
        via: 'text',
        footnote: null,
      },
    },
    {
      id: 'e6',
      source: p('op-4'),
      target: 'uncac',
      type: 'CITES',
      data: {
        surface: 'United Nations Convention against Corruption',
        start: 340,
        end: 384,
        via: 'text',
        footnote: null,
      },
    },
    {
      id: 'e7',
      source: p('op-4'),
      target: 'A/RES/58/4',
      type: 'CITES',
      data: {
        surface: 'United Nations Convention against Corruption',
        start: 340,
        end: 384,
        via: 'footnote',
        footnote: '3',
      },
    },
    {
      id: 'e8',
      source: p('op-12'),
      target: 'unesco-1970-convention',
      type: 'CITES',
      data: { surface: 'Convention on Means of Prohibiting', start: 300, end: 334, via: 'text', footnote: null },
    },
    {
      id: 'e9',
      source: p('op-12'),
      target: 'cites',
      type: 'CITES',
      data: {
        surface: 'Convention on International Trade in Endangered Species of Wild Fauna and Flora',
        start: 420,
        end: 498,
        via: 'text',
        footnote: null,
      },
    },
    {
      id: 'e10',
      source: p('op-12'),
      target: 'cbd',
      type: 'CITES',
      data: { surface: 'Convention on Biological Diversity', start: 508, end: 542, via: 'text', footnote: null },
    },
    {
      id: 'e11',
      source: p('op-23'),
      target: 'uncac',
      type: 'CITES',
      data: {
        surface: 'United Nations Convention against Corruption',
        start: 90,
        end: 134,
        via: 'text',
        footnote: null,
      },
    },
    { id: 'e12', source: p('op-12'), target: `${doc}#fn-5`, type: 'HAS_FOOTNOTE', data: {} },
    {
      id: 'e13',
      source: p('op-4'),
      target: 'unodc',
      type: 'MENTIONS',
      data: { surface: 'United Nations Office on Drugs and Crime', start: 1, end: 40 },
    },
    { id: 'e14', source: p('op-23'), target: 'corruption', type: 'ADDRESSES', data: {} },
    { id: 'e15', source: p('preamble-9'), target: 'corruption', type: 'ADDRESSES', data: {} },
    { id: 'e16', source: 'uncac', target: 'A/RES/58/4', type: 'ADOPTED_BY', data: {} },
    { id: 'e17', source: p('preamble-9'), target: p('op-4'), type: 'NEXT', data: {} },
    // Dangling: its target is not in the answer and must be left out.
    { id: 'e18', source: 'untoc', target: 'A/RES/55/25', type: 'ADOPTED_BY', data: {} },
  ],
};

export const ids = { doc, p };
