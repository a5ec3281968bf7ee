import { describe, expect, it } from 'vitest';
import { defaults, parseState, serializeState, type ViewState } from '../../../client/src/state/url-state.ts';
import { UndoStack } from '../../../client/src/state/undo.ts';

describe('url state', () => {
  const cases: [string, Partial<ViewState>][] = [
    ['', {}],
    ['?view=matrix', { view: 'matrix' }],
    ['?layout=document&sel=uncac', { layout: 'document', selected: 'uncac' }],
    ['?hideKinds=', { hiddenKinds: [] }],
    ['?hideKinds=footnote%2Ctheme&hideRels=NEXT', { hiddenKinds: ['footnote', 'theme'], hiddenRels: ['NEXT'] }],
    ['?theme=corruption&focus=uncac', { theme: 'corruption', focus: ['uncac'] }],
    [
      '?from=E%2FCN.15%2F2005%2F5%23op-12&to=uncac',
      { trace: { mode: 'path', from: 'E/CN.15/2005/5#op-12', to: 'uncac' } },
    ],
    ['?citers=uncac', { trace: { mode: 'citers', target: 'uncac' } }],
    ['?cocited=cbd', { trace: { mode: 'cocited', target: 'cbd' } }],
    ['?doc=A%2FRES%2F80%2F3&view=reading', { doc: 'A/RES/80/3', view: 'reading' }],
  ];

  it.each(cases)('parses %s', (search, expected) => {
    expect(parseState(search)).toEqual({ ...defaults, ...expected });
  });

  it.each(cases)('round-trips %s', (search) => {
    const state = parseState(search);
    expect(parseState(serializeState(state))).toEqual(state);
  });

  it('writes nothing for the default state, and ignores unknown values', () => {
    expect(serializeState(defaults)).toBe('');
    expect(parseState('?view=nonsense&layout=spiral')).toEqual(defaults);
  });

  it('keeps the overview’s open documents and a path through any link in the link', () => {
    const state: ViewState = {
      ...defaults,
      doc: '*',
      open: ['E/CN.15/2005/5', 'A/RES/80/1'],
      trace: { mode: 'path', from: 'a', to: 'b', any: true },
    };
    const back = parseState(serializeState(state));
    expect([...back.open].sort()).toEqual(['A/RES/80/1', 'E/CN.15/2005/5']);
    expect(back.trace).toEqual({ mode: 'path', from: 'a', to: 'b', any: true });
    expect(parseState('?from=a&to=b').trace).toEqual({ mode: 'path', from: 'a', to: 'b' });
  });

  it('keeps ids with # and / intact', () => {
    const s = serializeState({ ...defaults, selected: 'E/CN.15/2005/5#op-12' });
    expect(parseState(s).selected).toBe('E/CN.15/2005/5#op-12');
  });
});

describe('undo stack', () => {
  it('undoes and redoes, and a new change forgets the redo branch', () => {
    const stack = new UndoStack<number>();
    stack.record(1);
    stack.record(2);
    expect(stack.undo(3)).toBe(2);
    expect(stack.undo(2)).toBe(1);
    expect(stack.canUndo).toBe(false);
    expect(stack.redo(1)).toBe(2);
    stack.record(2);
    expect(stack.canRedo).toBe(false);
    expect(stack.undo(9)).toBe(2);
  });

  it('drops the oldest steps past its limit', () => {
    const stack = new UndoStack<number>(2);
    for (const n of [1, 2, 3]) stack.record(n);
    expect(stack.undo(4)).toBe(3);
    expect(stack.undo(3)).toBe(2);
    expect(stack.undo(2)).toBeUndefined();
  });
});
