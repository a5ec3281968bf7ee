// Selection and scenes: expansions as a link keeps them, the size check before a big expand,
// and scene files read back, or refused with the field that is wrong.
import { describe, expect, it } from 'vitest';
import {
  expandQuestion,
  expansionsParam,
  formatExpansion,
  needsConfirmation,
  newNodeIds,
  parseExpansion,
  withExpansion,
  type Expansion,
} from '../../../client/src/scene/expansion.ts';
import { buildScene, parseScene, SceneError, sceneFileName } from '../../../client/src/scene/scene-file.ts';
import { defaults, parseState, serializeState, type ViewState } from '../../../client/src/state/url-state.ts';
import { fixture } from './fixture.ts';

describe('expansions', () => {
  const cases: [string, Expansion][] = [
    ['uncac', { id: 'uncac', rel: null, direction: 'BOTH' }],
    ['uncac~CITES', { id: 'uncac', rel: 'CITES', direction: 'BOTH' }],
    ['uncac~in', { id: 'uncac', rel: null, direction: 'IN' }],
    ['E/CN.15/2005/5#op-12~HAS_FOOTNOTE~out', { id: 'E/CN.15/2005/5#op-12', rel: 'HAS_FOOTNOTE', direction: 'OUT' }],
  ];
  it.each(cases)('reads and writes %s', (token, expansion) => {
    expect(parseExpansion(token)).toEqual(expansion);
    expect(formatExpansion(expansion)).toBe(token);
  });

  it('drops a token that is not an expansion, so a bad link expands nothing', () => {
    expect(['', '~CITES', 'uncac~sideways', 'uncac~CITES~MENTIONS', 'uncac~in~out~x'].map(parseExpansion)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('keeps the order expansions were made in, without repeats', () => {
    const a: Expansion = { id: 'b', rel: null, direction: 'BOTH' };
    const b: Expansion = { id: 'a', rel: 'CITES', direction: 'IN' };
    const list = [a, b, a].reduce(withExpansion, [] as Expansion[]);
    expect(list).toEqual([a, b]);
    expect(expansionsParam.write(list)).toBe('b,a~CITES~in');
    expect(expansionsParam.parse('b,a~CITES~in,b,~x')).toEqual([a, b]);
  });

  it('counts only the nodes an expand would add, and asks past fifty', () => {
    const drawn = new Set(fixture.nodes.slice(0, 3).map((n) => n.id));
    expect(newNodeIds(fixture, (id) => drawn.has(id))).toHaveLength(new Set(fixture.nodes.map((n) => n.id)).size - 3);
    expect([needsConfirmation(50), needsConfirmation(51), needsConfirmation(5, { confirmAbove: 4 })]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('says how many nodes a big expand adds, and through what', () => {
    expect(expandQuestion('UNCAC', { rel: 'CITES', direction: 'IN' }, 120, 80)).toBe(
      'Expanding UNCAC through CITES, incoming adds 120 nodes to the 80 drawn.',
    );
    expect(expandQuestion('3 nodes', { rel: null, direction: 'OUT' }, 60, 10)).toBe(
      'Expanding 3 nodes through every link, outgoing adds 60 nodes to the 10 drawn.',
    );
    expect(expandQuestion('UNCAC', { rel: null, direction: 'BOTH' }, 51, 1)).toBe(
      'Expanding UNCAC adds 51 nodes to the 1 drawn.',
    );
  });
});

describe('deep links keep expansions and hidden nodes', () => {
  it('round-trips them with the rest of the state', () => {
    const state: ViewState = {
      ...defaults,
      doc: 'E/CN.15/2005/5',
      expanded: [
        { id: 'uncac', rel: 'CITES', direction: 'IN' },
        { id: 'E/CN.15/2005/5#op-12', rel: null, direction: 'BOTH' },
      ],
      hidden: ['cbd', 'E/CN.15/2005/5#op-3'],
      focus: ['uncac', 'cbd'],
    };
    const link = serializeState(state);
    expect(new URLSearchParams(link).get('exp')).toBe('uncac~CITES~in,E/CN.15/2005/5#op-12');
    expect(parseState(link)).toEqual({ ...state, hidden: [...state.hidden].sort(), focus: [...state.focus].sort() });
  });

  it('writes neither for a view without them', () => {
    expect(serializeState({ ...defaults, expanded: [], hidden: [] })).toBe('');
    expect(parseState('?exp=&hide=')).toEqual(defaults);
  });
});

describe('scene files', () => {
  const scene = buildScene(
    '?doc=A%2FRES%2F80%2F1&exp=uncac',
    { uncac: { x: 1, y: 2 } },
    { zoom: 1.5, pan: { x: 10, y: -4 } },
  );
  const reread = (value: unknown) => parseScene(JSON.stringify(value), 'my.json');
  const refusal = (value: unknown) => {
    try {
      reread(value);
    } catch (error) {
      expect(error).toBeInstanceOf(SceneError);
      return (error as Error).message;
    }
    throw new Error('the scene was accepted');
  };

  it('reads back what it wrote', () => {
    expect(reread(scene)).toEqual(scene);
    expect(parseState(reread(scene).link).expanded).toEqual([{ id: 'uncac', rel: null, direction: 'BOTH' }]);
  });

  it('names the file and the field that is wrong', () => {
    expect(() => parseScene('{"format": ', 'broken.json')).toThrow(/^broken\.json is not a scene .*: it is not JSON/);
    expect(refusal([])).toContain('no JSON object');
    expect(refusal({ ...scene, format: 'cytoscape' })).toContain('"format" is "cytoscape"');
    expect(refusal({ ...scene, version: 2 })).toContain('"version" is 2');
    expect(refusal({ ...scene, link: 'doc=x' })).toContain('"link"');
    expect(refusal({ ...scene, positions: [] })).toContain('"positions"');
    expect(refusal({ ...scene, positions: { uncac: { x: 'left', y: 2 } } })).toContain('node "uncac"');
    expect(refusal({ ...scene, viewport: { zoom: 0, pan: { x: 0, y: 0 } } })).toContain('"viewport"');
    expect(refusal({ ...scene, viewport: undefined })).toContain('"viewport"');
  });

  it('names the file after the document', () => {
    expect(sceneFileName('E/CN.15/2005/5')).toBe('scene-E_CN.15_2005_5.json');
    expect(sceneFileName(null)).toBe('scene-default.json');
  });
});
