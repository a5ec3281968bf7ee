// Writes the catalogue (instruments, resolutions, bodies, groups, themes and the links between
// them) in one transaction: nodes first, then relationships, then the removal of catalogue links
// that an edit of the catalogue withdrew. Re-running it with the same catalogue changes nothing,
// not even the graph's version (catalogue-version.cypher).
import { createHash } from 'node:crypto';
import type { Database } from '../../graph/database.ts';
import { cypher } from '../../graph/cypher.ts';
import { Rel } from '../../graph/model.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import { catalogueRows, type Link } from './catalogue-rows.ts';
import { DOCUMENT_TIMEOUT_MS } from './write-group.ts';

export interface CatalogueWriteResult {
  nodes: number;
  relationships: number;
}

export async function writeCatalogue(db: Database, catalogue: Catalogue): Promise<CatalogueWriteResult> {
  const rows = catalogueRows(catalogue);
  const nodeStatements: [string, unknown[]][] = [
    ['seed/catalogue-instruments', rows.instruments],
    ['seed/catalogue-resolutions', rows.resolutions],
    ['seed/catalogue-bodies', rows.bodies],
    ['seed/catalogue-groups', rows.groups],
    ['seed/catalogue-themes', rows.themes],
  ];
  const linkStatements: [string, Link[]][] = [
    ['seed/catalogue-supplements', rows.supplements],
    ['seed/catalogue-amends', rows.amends],
    ['seed/catalogue-instrument-adopted-by', rows.instrumentAdoptedBy],
    ['seed/catalogue-resolution-adopted-by', rows.resolutionAdoptedBy],
    ['seed/catalogue-annexes', rows.annexes],
    ['seed/catalogue-part-of', rows.partOf],
    ['seed/catalogue-member-of', rows.memberOf],
  ];
  const keys = [
    ...rows.supplements.map((l) => linkKey(Rel.SUPPLEMENTS, l)),
    ...rows.amends.map((l) => linkKey(Rel.AMENDS, l)),
    ...rows.instrumentAdoptedBy.map((l) => linkKey(Rel.ADOPTED_BY, l)),
    ...rows.resolutionAdoptedBy.map((l) => linkKey(Rel.ADOPTED_BY, l)),
    ...rows.partOf.map((l) => linkKey(Rel.PART_OF, l)),
    ...rows.memberOf.map((l) => linkKey(Rel.MEMBER_OF, l)),
  ];
  await db.writeTransaction(
    async (tx) => {
      for (const [name, list] of [...nodeStatements, ...linkStatements]) {
        if (list.length > 0) await tx.run(cypher(name), { rows: list });
      }
      await tx.run(cypher('seed/catalogue-prune-links'), { keys });
      await tx.run(cypher('seed/catalogue-version'), { catalogueHash: hashOf(rows) });
    },
    { metadata: { stage: 'load-catalogue' }, timeoutMs: DOCUMENT_TIMEOUT_MS },
  );
  return {
    nodes: nodeStatements.reduce((sum, [, list]) => sum + list.length, 0),
    relationships: linkStatements.reduce((sum, [, list]) => sum + list.length, 0),
  };
}

function linkKey(type: string, link: Link): string {
  return `${type} ${link.from} ${link.to}`;
}

/** Identifies the catalogue as written: its rows, in the order catalogueRows gives them. */
function hashOf(rows: unknown): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}
