// The baseline the benchmark compares against: the same extract-and-load of the same documents,
// but written the way a first attempt would, one query and one transaction per row. It runs the
// loader's own Cypher (documents-clear and documents-write for the document, then each
// rows-*.cypher statement with a single row), so the two write the same graph and differ only
// in batching.
import type { Database } from '../../graph/database.ts';
import { cypher } from '../../graph/cypher.ts';
import type { Catalogue } from '../../seed/catalogue/schema.ts';
import { extractPath } from '../../seed/extract.ts';
import { documentBatch } from '../../seed/load/document-batch.ts';
import { documentRow, groupStatements } from '../../seed/load/group-rows.ts';

export interface NaiveResult {
  documents: number;
  paragraphs: number;
  relationships: number;
  queries: number;
  elapsedMs: number;
}

export async function naiveLoad(db: Database, files: string[], catalogue: Catalogue): Promise<NaiveResult> {
  const started = performance.now();
  const result: NaiveResult = { documents: 0, paragraphs: 0, relationships: 0, queries: 0, elapsedMs: 0 };
  for (const file of files) {
    const batch = documentBatch(await extractPath(file, catalogue), file);
    await db.write(cypher('seed/documents-clear'), { symbols: [batch.symbol] });
    await db.write(cypher('seed/documents-write'), { documents: [documentRow(batch)] });
    result.queries += 2;
    for (const { name, rows } of groupStatements([batch])) {
      for (const row of rows) {
        await db.write(cypher(`seed/${name}`), { rows: [row] });
        result.queries++;
      }
    }
    result.documents++;
    result.paragraphs += batch.paragraphs.length;
    result.relationships += batch.relationshipCount;
  }
  result.elapsedMs = performance.now() - started;
  return result;
}
