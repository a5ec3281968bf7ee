// The baseline the benchmark compares against: the same extract-and-load of the same documents,
// but written the way a first attempt would, one query and one transaction per row. It runs the
// loader's own Cypher (document-open, then document-rows with a single row in a single list), so
// the two write the same graph and differ only in batching.
import type { Database } from '../../graph/database.ts';
import { cypher } from '../../graph/cypher.ts';
import type { Catalogue } from '../../seed/catalogue/schema.ts';
import { extractFile } from '../../seed/extract.ts';
import { documentBatch } from '../../seed/load/document-batch.ts';
import { openParams, rowParams, type RowParams } from '../../seed/load/load-document.ts';

export interface NaiveResult {
  documents: number;
  paragraphs: number;
  relationships: number;
  queries: number;
  elapsedMs: number;
}

type ListName = Exclude<keyof RowParams, 'symbol' | 'placeholders'>;

export async function naiveLoad(db: Database, files: string[], catalogue: Catalogue): Promise<NaiveResult> {
  const started = performance.now();
  const result: NaiveResult = { documents: 0, paragraphs: 0, relationships: 0, queries: 0, elapsedMs: 0 };
  for (const file of files) {
    const batch = documentBatch(extractFile(file, catalogue), file);
    await db.write(cypher('seed/document-open'), openParams(batch, true));
    result.queries++;
    const all = rowParams(batch, []);
    const empty = Object.fromEntries(Object.keys(all).map((k) => [k, []])) as unknown as RowParams;
    for (const list of Object.keys(all).filter((k) => k !== 'symbol' && k !== 'placeholders') as ListName[]) {
      for (const row of all[list]) {
        await db.write(cypher('seed/document-rows'), { ...empty, symbol: batch.symbol, placeholders: [], [list]: [row] });
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
