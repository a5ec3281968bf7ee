// The views' registry: every view's URL parameters join the state, keep their own keys, and
// survive a round trip through the link.
import { describe, expect, it } from 'vitest';
import { intParam, listParam, textParam } from '../../../client/src/state/params.ts';
import { CORE_KEYS, defaults, parseState, serializeState, VIEWS } from '../../../client/src/state/url-state.ts';
import { VIEW_PARAMS, VIEW_SPECS } from '../../../client/src/views/registry.ts';

describe('the views registry', () => {
  it('gives each view a button label, and every view but the graph a module to load', () => {
    for (const name of VIEWS) {
      const spec = VIEW_SPECS[name] as { label: string; load?: unknown };
      expect(spec.label.length).toBeGreaterThan(0);
      expect(typeof spec.load).toBe(name === 'graph' ? 'undefined' : 'function');
    }
  });

  it('declares no URL key twice, nor one the core state already uses', () => {
    const keys = VIEW_PARAMS.map(([, p]) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => CORE_KEYS.includes(k))).toEqual([]);
    const fields = VIEW_PARAMS.map(([f]) => f);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('puts every declared field in the default state, with its fallback, and writes none of them', () => {
    for (const [field, param] of VIEW_PARAMS)
      expect((defaults as unknown as Record<string, unknown>)[field]).toEqual(param.fallback);
    expect(serializeState(defaults)).toBe('');
  });

  it('round-trips a value for every declared field through the link', () => {
    const state = {
      ...defaults,
      minWeight: 5,
      compareA: 'A/RES/80/1',
      compareB: 'A/RES/80/2',
      timeline: 'uncac',
      chain: 'A/RES/80/24',
    };
    const link = serializeState(state);
    for (const [, param] of VIEW_PARAMS) expect(new URLSearchParams(link).has(param.key)).toBe(true);
    expect(parseState(link)).toEqual(state);
  });
});

describe('URL parameter codecs', () => {
  it('reads a whole number in range, else the fallback', () => {
    const p = intParam('n', 2, 1, 10);
    expect([p.parse('3'), p.parse('0'), p.parse('11'), p.parse('2.5'), p.parse('x'), p.parse(null)]).toEqual([
      3, 2, 2, 2, 2, 2,
    ]);
    expect([p.write(2), p.write(7)]).toEqual([null, '7']);
  });

  it('writes lists sorted and leaves empty values out', () => {
    const l = listParam('l');
    expect(l.write(['b', 'a'])).toBe('a,b');
    expect(l.write([])).toBeNull();
    expect(l.parse('a,,b')).toEqual(['a', 'b']);
    expect(textParam('t').write(null)).toBeNull();
  });
});
