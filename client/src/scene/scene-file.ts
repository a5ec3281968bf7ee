// A saved scene: what the user arranged, as a JSON file that opens again. It holds the link
// (document, layout, filters, style, expansions, hidden nodes, focus: everything the URL keeps),
// every drawn node's position and the viewport. Reading a file checks every field and names the
// one that is wrong, so a hand-edited or foreign file fails with a message a person can act on.

export const SCENE_FORMAT = 'instrument-graph-scene';
export const SCENE_VERSION = 1;

export interface Scene {
  format: typeof SCENE_FORMAT;
  version: typeof SCENE_VERSION;
  /** The view state as the URL writes it (`?doc=…&exp=…`), '' for the default view. */
  link: string;
  /** Model positions of the nodes drawn, by id. */
  positions: Record<string, { x: number; y: number }>;
  viewport: { zoom: number; pan: { x: number; y: number } };
}

export class SceneError extends Error {
  constructor(file: string, problem: string) {
    super(`${file} is not a scene this explorer can open: ${problem}.`);
    this.name = 'SceneError';
  }
}

export function buildScene(link: string, positions: Scene['positions'], viewport: Scene['viewport']): Scene {
  return { format: SCENE_FORMAT, version: SCENE_VERSION, link, positions, viewport };
}

/** The file's name for a scene of a document (or of the default view). */
export function sceneFileName(doc: string | null): string {
  return `scene-${(doc ?? 'default').replace(/[^\w.-]+/g, '_')}.json`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPoint = (v: unknown): v is { x: number; y: number } =>
  isObject(v) && Number.isFinite(v.x) && Number.isFinite(v.y);

/** Reads a scene file's text; throws a SceneError naming `file` and what is wrong. */
export function parseScene(text: string, file: string): Scene {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SceneError(file, `it is not JSON (${(error as Error).message})`);
  }
  if (!isObject(data)) throw new SceneError(file, 'it holds no JSON object');
  if (data.format !== SCENE_FORMAT)
    throw new SceneError(file, `"format" is ${JSON.stringify(data.format)}, not "${SCENE_FORMAT}"`);
  if (data.version !== SCENE_VERSION)
    throw new SceneError(
      file,
      `"version" is ${JSON.stringify(data.version)}; this explorer reads version ${SCENE_VERSION}`,
    );
  if (typeof data.link !== 'string' || (data.link !== '' && !data.link.startsWith('?')))
    throw new SceneError(file, '"link" must be a query string starting with "?" (or empty)');
  if (!isObject(data.positions)) throw new SceneError(file, '"positions" must be an object of node ids to {"x", "y"}');
  for (const [id, at] of Object.entries(data.positions)) {
    if (!isPoint(at))
      throw new SceneError(file, `the position of node ${JSON.stringify(id)} must be {"x": number, "y": number}`);
  }
  const viewport = data.viewport;
  if (
    !isObject(viewport) ||
    !(Number.isFinite(viewport.zoom) && (viewport.zoom as number) > 0) ||
    !isPoint(viewport.pan)
  ) {
    throw new SceneError(file, '"viewport" must be {"zoom": a positive number, "pan": {"x", "y"}}');
  }
  return data as unknown as Scene;
}
