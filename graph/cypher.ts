// Every Cypher statement of the project lives in a named .cypher file under graph/queries/, so the
// queries can be read, reviewed and profiled in one place. Callers pass values as parameters only.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const QUERIES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'queries');
const cache = new Map<string, string>();

/** The text of graph/queries/<name>.cypher (name may include a folder: "api/citations"). */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(QUERIES_DIR, `${name}.cypher`), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file, split on lines holding only ";". */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/^\s*;\s*$/m)
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}
