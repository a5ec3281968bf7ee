// The catalogue's links between instruments land in Neo4j: every `amends` of the shipped catalogue
// as one AMENDS relationship (the Doha Amendment to the Kyoto Protocol), every `supplements` as one
// SUPPLEMENTS, and an edit of the catalogue that withdraws a link removes it on the next load.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cypher } from '../../../graph/cypher.ts';
import type { Database } from '../../../graph/database.ts';
import { readCatalogue } from '../../../seed/catalogue/read-catalogue.ts';
import type { Catalogue } from '../../../seed/catalogue/schema.ts';
import { ensureSchemaAndCatalogue, resetGraph } from '../../../seed/seed-documents.ts';
import { connectTestDatabase } from '../../support/database.ts';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('catalogue links between instruments', () => {
  let db: Database;
  const catalogue = readCatalogue();
  const links = async (type: string) =>
    (await db.read(cypher('seed/catalogue-instrument-links'), { type })) as { from: string; to: string }[];
  const stated = (field: 'amends' | 'supplements', from: Catalogue = catalogue) =>
    from.instruments
      .flatMap((i) => (i[field] ? [{ from: i.id, to: i[field] }] : []))
      // Code-point order, as Cypher's ORDER BY sorts strings.
      .sort((x, y) => (x.from === y.from ? compare(x.to, y.to) : compare(x.from, y.from)));

  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => {
    await resetGraph(db);
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it('writes one AMENDS per amends and one SUPPLEMENTS per supplements of the shipped catalogue', async () => {
    await ensureSchemaAndCatalogue(db, catalogue);
    const amends = await links('AMENDS');
    expect(amends).toEqual(stated('amends'));
    expect(amends).toContainEqual({ from: 'doha-amendment', to: 'kyoto-protocol' });
    expect(await links('SUPPLEMENTS')).toEqual(stated('supplements'));
  });

  it('removes an AMENDS that an edit of the catalogue withdrew', async () => {
    await ensureSchemaAndCatalogue(db, catalogue);
    const edited: Catalogue = {
      ...catalogue,
      instruments: catalogue.instruments.map((i) => (i.id === 'doha-amendment' ? { ...i, amends: undefined } : i)),
    };
    await ensureSchemaAndCatalogue(db, edited);
    const amends = await links('AMENDS');
    expect(amends).toEqual(stated('amends', edited));
    expect(amends.some((l) => l.from === 'doha-amendment')).toBe(false);
  });
});
