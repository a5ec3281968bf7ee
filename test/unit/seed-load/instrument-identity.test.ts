// Identity across documents, without a database: uncatalogued instruments that share a Treaty
// Series registration or a normalised title or alias get one id, the graph's when it has one.
import { describe, expect, it } from 'vitest';
import { canonicalIds, titleKeysOf } from '../../../seed/load/instrument-identity.ts';

describe('canonicalIds', () => {
  it('keeps the id of an instrument the graph already holds under the same registration or title', () => {
    const known = [
      { id: 'uncatalogued:treaty-on-reefs', untsVolume: 300, untsNumber: 4000, titleKeys: ['treaty on reefs'] },
    ];
    const ids = canonicalIds(known, [
      { id: 'uncatalogued:reefs-treaty', untsVolume: 300, untsNumber: 4000, titleKeys: ['reefs treaty'] },
      { id: 'uncatalogued:treaty-on-the-reefs', titleKeys: ['treaty on reefs'] },
      { id: 'uncatalogued:treaty-on-shoals', titleKeys: ['treaty on shoals'] },
    ]);
    expect(Object.fromEntries(ids)).toEqual({
      'uncatalogued:reefs-treaty': 'uncatalogued:treaty-on-reefs',
      'uncatalogued:treaty-on-the-reefs': 'uncatalogued:treaty-on-reefs',
      'uncatalogued:treaty-on-shoals': 'uncatalogued:treaty-on-shoals',
    });
  });

  it('links rows of one group through each other: a title first seen with its registration', () => {
    const ids = canonicalIds(
      [],
      [
        { id: 'a', untsVolume: 1, untsNumber: 2, titleKeys: ['treaty on reefs'] },
        { id: 'b', titleKeys: ['treaty on reefs'] },
        { id: 'c', untsVolume: 1, untsNumber: 2, titleKeys: ['reefs treaty'] },
        { id: 'd', untsVolume: 1, untsNumber: 3, titleKeys: ['other treaty'] },
      ],
    );
    expect([...ids.values()]).toEqual(['a', 'a', 'a', 'd']);
  });

  it('compares titles without case, articles or punctuation', () => {
    expect(
      titleKeysOf({ title: 'Treaty on the Non-Proliferation of Reefs', aliases: ['The Reefs Treaty', ''] }),
    ).toEqual(['treaty on non proliferation of reefs', 'reefs treaty']);
  });
});
