// The heaviest answers stay cheap: a hub's neighbourhood is cut with a count of what was left
// out, and the whole corpus's graph and overview are computed once per graph version, not once per
// request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrThrow, seededApi, type TestApi } from './support.ts';

let api: TestApi;

beforeAll(async () => {
  api = await seededApi({ responseCacheBytes: 0, maxNeighborhoodNodes: 10 });
});

afterAll(async () => {
  await api?.close();
});

const NEIGHBORHOOD = '{ neighborhood(id: "uncac", depth: 3) { nodes { id } truncated omitted } }';

describe('heavy answers', () => {
  it("cuts a hub's neighbourhood at MAX_NEIGHBORHOOD_NODES, nearest first, and says how many it left out", async () => {
    const { data, errors } = await api.gql(NEIGHBORHOOD);
    expect(errors).toBeUndefined();
    expect(data.neighborhood.nodes).toHaveLength(10);
    expect(data.neighborhood.nodes[0].id).toBe('uncac');
    expect(data.neighborhood.truncated).toBe(true);
    // The same walk with the server's larger bound counts every node the cut one left out.
    const whole = await seededApi({ responseCacheBytes: 0, maxNeighborhoodNodes: 5_000 });
    try {
      const all = (await whole.gql(NEIGHBORHOOD)).data.neighborhood;
      expect(all.truncated).toBe(false);
      expect(all.omitted).toBe(0);
      expect(data.neighborhood.omitted).toBe(all.nodes.length - 10);
    } finally {
      await whole.close();
    }
  });

  it.each(['graph', 'overview'])(
    'computes the %s once per version: a repeat costs one version read, and a seed is seen at once',
    async (field) => {
      const ask = async () => {
        const before = api.db.queryCount;
        const response = await api.gql(`{ ${field} { nodes { id } edges { id } truncated } }`);
        expect(response.errors).toBeUndefined();
        return { graph: response.data[field], trips: api.db.queryCount - before };
      };
      const first = await ask();
      const again = await ask();
      expect(again.trips).toBe(1);
      expect(again.graph).toEqual(first.graph);
      await seedOrThrow(api.db, [
        field === 'graph' ? 'test/fixtures/ga-resolution-recalled.txt' : 'test/fixtures/ga-resolution-recalling.txt',
      ]);
      const after = await ask();
      expect(after.trips).toBe(2);
      expect(after.graph.nodes.length).toBeGreaterThan(first.graph.nodes.length);
    },
  );
});
