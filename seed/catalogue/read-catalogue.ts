// Reads the curated catalogue (five JSON arrays), validates every entry against the zod schema and
// checks the links between entries. Errors name the file, the entry and the field, because the
// catalogue is hand-edited data and a typo should be found when it is read, not as a silently
// missing edge.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ZodType } from 'zod';
import { catalogueFiles, type Catalogue } from './schema.ts';

const defaultDir = dirname(fileURLToPath(import.meta.url));

type Kind = keyof typeof catalogueFiles;
const kinds = Object.keys(catalogueFiles) as Kind[];

/** The id of an entry whatever its kind: resolutions are keyed by their symbol. */
function entryId(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { id, symbol } = entry as { id?: unknown; symbol?: unknown };
  if (typeof id === 'string') return id;
  return typeof symbol === 'string' ? symbol : undefined;
}

function describe(file: string, index: number, entry: unknown): string {
  const id = entryId(entry);
  return `${file} entry ${index}${id ? ` (${id})` : ''}`;
}

function readEntries(dir: string, file: string): unknown[] {
  const path = join(dir, file);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`catalogue ${path}: ${(err as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error(`catalogue ${path}: expected a JSON array of entries`);
  return data;
}

function validate<T>(file: string, schema: ZodType<T>, raw: unknown[]): T[] {
  return raw.map((entry, index) => {
    const result = schema.safeParse(entry);
    if (result.success) return result.data;
    const issues = result.error.issues
      .map((issue) => `field "${issue.path.join('.') || '(entry)'}": ${issue.message}`)
      .join('; ');
    throw new Error(`catalogue ${describe(file, index, entry)}: ${issues}`);
  });
}

/** Reads and checks the catalogue in `dir` (by default the folder of this module). */
export function readCatalogue(dir: string = defaultDir): Catalogue {
  const parsed = {} as Record<Kind, unknown[]>;
  for (const kind of kinds) {
    const { file, entry } = catalogueFiles[kind];
    parsed[kind] = validate(file, entry as ZodType<unknown>, readEntries(dir, file));
  }
  const catalogue = parsed as unknown as Catalogue;
  checkUniqueIds(catalogue);
  checkReferences(catalogue);
  return catalogue;
}

/** One id space for all kinds, so a citation or mention target id is never ambiguous. */
function checkUniqueIds(catalogue: Catalogue): void {
  const seen = new Map<string, string>();
  for (const kind of kinds) {
    const { file } = catalogueFiles[kind];
    (catalogue[kind] as unknown[]).forEach((entry, index) => {
      const id = entryId(entry) as string;
      // Compared case-insensitively: "A/RES/55/25" and "a/res/55/25" would be the same node.
      const key = id.toLowerCase();
      const where = describe(file, index, entry);
      const first = seen.get(key);
      if (first)
        throw new Error(
          `catalogue ${where}: field "${kind === 'resolutions' ? 'symbol' : 'id'}": duplicate id "${id}", already used by ${first}`,
        );
      seen.set(key, where);
    });
  }
}

function checkReferences(catalogue: Catalogue): void {
  const { instruments, resolutions, bodies, groups } = catalogue;
  const instrumentIds = new Set(instruments.map((i) => i.id));
  const groupIds = new Set(groups.map((g) => g.id));
  const bodyIds = new Set(bodies.map((b) => b.id));
  const symbols = new Set(resolutions.map((r) => r.symbol));
  const fail = (file: string, index: number, entry: unknown, field: string, message: string): never => {
    throw new Error(`catalogue ${describe(file, index, entry)}: field "${field}": ${message}`);
  };

  instruments.forEach((inst, index) => {
    const file = catalogueFiles.instruments.file;
    // A protocol's convention and an amendment's treaty are links in the graph: a missing id would
    // silently drop the edge, so it fails here, naming the entry.
    for (const field of ['supplements', 'amends'] as const) {
      const target = inst[field];
      if (target === undefined) continue;
      if (!instrumentIds.has(target)) fail(file, index, inst, field, `unknown instrument "${target}"`);
      if (target === inst.id)
        fail(file, index, inst, field, `an instrument cannot ${field === 'amends' ? 'amend' : 'supplement'} itself`);
    }
    inst.groups.forEach((group, g) => {
      if (!groupIds.has(group)) fail(file, index, inst, `groups.${g}`, `unknown group "${group}"`);
    });
    const resolution = inst.adoptedBy?.resolution;
    if (resolution !== undefined && !symbols.has(resolution)) {
      fail(file, index, inst, 'adoptedBy.resolution', `"${resolution}" is not in ${catalogueFiles.resolutions.file}`);
    }
  });

  const parent = new Map(bodies.map((b) => [b.id, b.partOf]));
  bodies.forEach((body, index) => {
    if (body.partOf === undefined) return;
    if (!bodyIds.has(body.partOf))
      fail(catalogueFiles.bodies.file, index, body, 'partOf', `unknown body "${body.partOf}"`);
    // A cycle would make "all bodies within X" queries loop; walk up at most bodies.length steps.
    let cursor: string | undefined = body.partOf;
    for (let steps = 0; cursor !== undefined; steps += 1) {
      if (cursor === body.id || steps > bodies.length)
        fail(catalogueFiles.bodies.file, index, body, 'partOf', 'the partOf chain forms a cycle');
      cursor = parent.get(cursor);
    }
  });
}

/** Every catalogue entry by its id (resolutions by symbol), tagged with its kind. */
export type CatalogueEntry =
  | { kind: 'instrument'; entry: Catalogue['instruments'][number] }
  | { kind: 'resolution'; entry: Catalogue['resolutions'][number] }
  | { kind: 'body'; entry: Catalogue['bodies'][number] }
  | { kind: 'group'; entry: Catalogue['groups'][number] }
  | { kind: 'theme'; entry: Catalogue['themes'][number] };

export function catalogueIndex(catalogue: Catalogue): Map<string, CatalogueEntry> {
  const index = new Map<string, CatalogueEntry>();
  for (const entry of catalogue.instruments) index.set(entry.id, { kind: 'instrument', entry });
  for (const entry of catalogue.resolutions) index.set(entry.symbol, { kind: 'resolution', entry });
  for (const entry of catalogue.bodies) index.set(entry.id, { kind: 'body', entry });
  for (const entry of catalogue.groups) index.set(entry.id, { kind: 'group', entry });
  for (const entry of catalogue.themes) index.set(entry.id, { kind: 'theme', entry });
  return index;
}
