// Counts this project's nodes per label and relationships per type, for the final summary of a
// seed run, the tests (counts identical after a second run) and the benchmark.
import type { Database } from '../../graph/database.ts';
import { cypher } from '../../graph/cypher.ts';
import { Label, Rel } from '../../graph/model.ts';

export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  nodeTotal: number;
  relationshipTotal: number;
}

export async function graphCounts(db: Database): Promise<GraphCounts> {
  const metadata = { stage: 'summary' };
  const [labelRows, relRows] = await Promise.all([
    db.read(cypher('seed/count-labels'), {}, { metadata }),
    db.read(cypher('seed/count-relationships'), {}, { metadata }),
  ]);
  // Every label and type is listed, with 0 where there is none, so two summaries compare key by key.
  const labels: Record<string, number> = Object.fromEntries(Object.values(Label).map((l) => [l, 0]));
  const relationships: Record<string, number> = Object.fromEntries(Object.values(Rel).map((r) => [r, 0]));
  for (const row of labelRows) labels[String(row.label)] = Number(row.count);
  for (const row of relRows) relationships[String(row.type)] = Number(row.count);
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  // A node can carry two labels (a resolution loaded as a document), so the total is counted apart.
  return { labels, relationships, nodeTotal: Number(labelRows[0]?.total ?? 0), relationshipTotal: sum(relationships) };
}

/** The counts as aligned terminal lines. */
export function formatCounts(counts: GraphCounts): string[] {
  const width = Math.max(...[...Object.keys(counts.labels), ...Object.keys(counts.relationships)].map((k) => k.length));
  const line = (name: string, n: number) => `  ${name.padEnd(width)}  ${n.toLocaleString('en-US').padStart(9)}`;
  return [
    `Nodes: ${counts.nodeTotal.toLocaleString('en-US')}`,
    ...Object.entries(counts.labels).map(([k, n]) => line(k, n)),
    `Relationships: ${counts.relationshipTotal.toLocaleString('en-US')}`,
    ...Object.entries(counts.relationships).map(([k, n]) => line(k, n)),
  ];
}
