// Runs in a worker thread (extract-in-worker.ts starts it): reads one added document with the
// project's extractor and posts back the record, or the extractor's coded error. A thread of its
// own lets the server stop a document that takes too long or too much memory (a PDF bomb) without
// stopping itself, and keeps the API answering while a long PDF is read.
import { parentPort, workerData } from 'node:worker_threads';
import { readCatalogue } from '../../seed/catalogue/read-catalogue.ts';
import { ExtractError, extractBytes } from '../../seed/extract.ts';

export interface WorkerInput {
  bytes: Uint8Array;
  file: string;
}

export type WorkerOutput =
  | { ok: true; record: import('../../seed/extracted-document.ts').ExtractedDocument }
  | { ok: false; code: string; message: string };

const { bytes, file } = workerData as WorkerInput;
let output: WorkerOutput;
try {
  output = { ok: true, record: await extractBytes(bytes, { file, catalogue: readCatalogue() }) };
} catch (error) {
  output =
    error instanceof ExtractError
      ? { ok: false, code: error.code, message: error.message }
      : // Anything else is the reader failing on a file it cannot make sense of: say so without internals.
        {
          ok: false,
          code: 'UNREADABLE_DOCUMENT',
          message: `${file}: the document cannot be read (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'})`,
        };
}
parentPort!.postMessage(output);
