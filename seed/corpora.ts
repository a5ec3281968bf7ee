// The documents shipped with the project: the Bangkok Declaration, which `npm start` seeds by
// default, and named corpora that `--corpus NAME` adds.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED_DIR = dirname(fileURLToPath(import.meta.url));
const CORPUS_DIR = join(SEED_DIR, 'corpus');

export const DEFAULT_DOCUMENT = join(CORPUS_DIR, 'E-CN.15-2005-5.txt');

export function corpusNames(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The documents (.txt and .pdf) of a shipped corpus, in a stable order; an unknown name lists the known ones. */
export function corpusFiles(name: string): string[] {
  const dir = join(CORPUS_DIR, name);
  if (!/^[a-z0-9-]+$/.test(name) || !existsSync(dir)) {
    const known = corpusNames();
    throw new Error(`Unknown corpus "${name}"; shipped corpora: ${known.length ? known.join(', ') : 'none'}`);
  }
  return readdirSync(dir)
    .filter((file) => /\.(?:txt|pdf)$/.test(file))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((file) => join(dir, file));
}
