// An empty answer says why and what to try, naming what the user asked about.
import { describe, expect, it } from 'vitest';
import { emptyReasons } from '../../../client/src/panels/empty-reasons.ts';

describe('empty answers', () => {
  it('search: names the words and suggests other forms', () => {
    const text = emptyReasons.search('cybercrme');
    expect(text).toContain('“cybercrme”');
    expect(text).toMatch(/Try fewer or shorter words/);
  });

  it('who cites, and what is cited beside: name the target and what to do', () => {
    expect(emptyReasons.citers('Kyoto Protocol')).toMatch(
      /^No paragraph of a loaded document cites Kyoto Protocol\. .*Add a document that cites it/,
    );
    expect(emptyReasons.cocited('UNCAC')).toMatch(/paragraphs that cite UNCAC: each of them cites it alone/);
  });

  it('co-citation: lower the number when it is above one; the adoption toggle when adoptions are merged', () => {
    expect(emptyReasons.coCitationNetwork(3, false)).toMatch(
      /in 3 paragraphs or more\. Lower the number.*tick “apart”/,
    );
    expect(emptyReasons.coCitationNetwork(1, true)).toMatch(
      /in 1 paragraph or more\. No paragraph of the loaded documents cites two targets/,
    );
    expect(emptyReasons.coCitationNetwork(1, true)).not.toMatch(/Lower the number|apart/);
  });

  it('compare, timeline and chain name what is missing', () => {
    expect(emptyReasons.compareNothingShared('A/RES/80/1', 'E/CN.15/2005/5')).toMatch(
      /^A\/RES\/80\/1 and E\/CN\.15\/2005\/5 cite no target in common/,
    );
    expect(emptyReasons.compareSide('A/RES/80/1', 'A/RES/80/2')).toBe(
      'A/RES/80/1 cites nothing that A/RES/80/2 does not cite too.',
    );
    expect(emptyReasons.timeline('Some Treaty')).toMatch(
      /^Nothing dated is known about Some Treaty: .*Try the timeline of the whole corpus/,
    );
    expect(emptyReasons.timeline(null)).toMatch(/^No dated events in the corpus/);
    expect(emptyReasons.chain('A/RES/80/3')).toMatch(/^A\/RES\/80\/3 recalls no other resolution/);
  });

  it('path: offers every kind of link only when the search kept to citations', () => {
    expect(emptyReasons.path('¶ 4', 'UNCAC', 6, false)).toMatch(
      /through citation links\. Tick “through themes and reading order too”/,
    );
    expect(emptyReasons.path('¶ 4', 'UNCAC', 6, true)).not.toMatch(/Tick/);
  });

  it('filters: names each filter that takes nodes away', () => {
    const names = (kind: string) => ({ instrument: 'Instrument', paragraph: 'Paragraph' })[kind] ?? kind;
    const text = emptyReasons.filters(
      { hiddenKinds: ['instrument', 'paragraph'], theme: 'corruption', asOf: '1945-12-31', focus: [] },
      names,
    );
    expect(text).toContain('Instrument, Paragraph are unticked');
    expect(text).toContain('only paragraphs on the chosen theme');
    expect(text).toContain('existed by 1945-12-31');
    expect(text).not.toContain('focused');
    expect(emptyReasons.filters({ hiddenKinds: [], theme: null, focus: ['uncac'] }, names)).toContain(
      'focused on a selection',
    );
  });
});
