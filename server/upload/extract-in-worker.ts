// Reads an added document in a worker thread (extract-worker.ts) bounded in time and memory: a
// document the extractor cannot finish within `timeoutMs`, or that needs more than `maxMemoryMb` of
// heap, ends the thread and becomes a coded refusal; the server itself is never held up or exhausted.
import { Worker } from 'node:worker_threads';
import type { ExtractedDocument } from '../../seed/extracted-document.ts';
import type { WorkerInput, WorkerOutput } from './extract-worker.ts';
import { refusal, type Refusal } from './upload-guard.ts';

const BOOT = new URL('./worker-boot.mjs', import.meta.url);

export interface WorkerLimits {
  timeoutMs: number;
  /** Heap of the reading thread; a 10 MB PDF needs well under this. */
  maxMemoryMb?: number;
}

export class ExtractRefusal extends Error {
  constructor(
    readonly refusal: Refusal,
    options?: { cause?: unknown },
  ) {
    super(refusal.message, options);
  }
}

/** The record of `bytes`, or an ExtractRefusal saying why there is none. */
export function extractInWorker(bytes: Uint8Array, file: string, limits: WorkerLimits): Promise<ExtractedDocument> {
  return new Promise((resolve, reject) => {
    const input: WorkerInput = { bytes, file };
    const worker = new Worker(BOOT, {
      workerData: input,
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxMemoryMb ?? 512,
        maxYoungGenerationSizeMb: 64,
        stackSizeMb: 4,
      },
      // The thread's output would interleave with the server's logs; the record says what matters.
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new ExtractRefusal(
              refusal(
                422,
                'EXTRACTION_TIMEOUT',
                `${file}: reading the document took longer than ${limits.timeoutMs / 1000} s and was stopped`,
              ),
            ),
          ),
        ),
      limits.timeoutMs,
    );
    worker.once('message', (output: WorkerOutput) =>
      settle(() =>
        output.ok
          ? resolve(output.record)
          : reject(new ExtractRefusal(refusal(output.code === 'TOO_LARGE' ? 413 : 422, output.code, output.message))),
      ),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          new ExtractRefusal(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? refusal(
                  422,
                  'EXTRACTION_OUT_OF_MEMORY',
                  `${file}: reading the document needed more memory than allowed and was stopped`,
                )
              : // The extractor's own failures come back as messages; an error here is the thread's (a bug).
                refusal(500, 'READER_FAILED', 'The server could not start reading the document'),
            { cause: error },
          ),
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() =>
        reject(
          new ExtractRefusal(
            refusal(422, 'UNREADABLE_DOCUMENT', `${file}: the reader stopped (exit ${code}) before it finished`),
          ),
        ),
      ),
    );
    // Drain the thread's output so that it never blocks on a full pipe.
    worker.stdout.resume();
    worker.stderr.resume();
  });
}
