// Saving the scene to a file and opening one: the buttons' side of scene-file.ts. A file that is
// not a scene leaves the view as it was and says why in the status bar.
import type { App } from '../app.ts';
import { serializeState } from '../state/url-state.ts';
import { buildScene, parseScene, sceneFileName } from './scene-file.ts';

export async function saveScene(app: App): Promise<void> {
  const cy = app.canvas.cy;
  const scene = buildScene(serializeState(app.state), app.canvas.positionsById(), {
    zoom: cy.zoom(),
    pan: { ...cy.pan() },
  });
  const { download } = await import('../export/index.ts');
  download({
    name: sceneFileName(app.state.doc),
    blob: new Blob([JSON.stringify(scene, null, 2)], { type: 'application/json' }),
  });
}

export async function openSceneFile(app: App, file: File): Promise<void> {
  await app.openScene(parseScene(await file.text(), file.name));
}
