// The entry of the thread that reads an added document. Worker threads do not inherit the loader
// that lets the server run TypeScript, so this plain module registers tsx's, then imports the reader.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
