// Progress lines for a seed run: one line per document for a handful of files, a line every few
// seconds for a corpus, failures always, and a closing total with throughput.
import type { DocumentOutcome, SeedReport } from './seed-report.ts';

const PER_DOCUMENT_UP_TO = 50;
const INTERVAL_MS = 2_000;

export interface Progress {
  document(outcome: DocumentOutcome): void;
  done(report: SeedReport): void;
}

export function createProgress(total: number, log: (line: string) => void): Progress {
  const started = performance.now();
  let done = 0;
  let nodes = 0;
  let relationships = 0;
  let lastLine = started;
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const n = (value: number) => value.toLocaleString('en-US');

  return {
    document(outcome) {
      done++;
      nodes += outcome.nodes;
      relationships += outcome.relationships;
      const name = `${outcome.symbol ?? '?'} (${outcome.file})`;
      if (outcome.status === 'failed') {
        log(`[${done}/${total}] FAILED ${outcome.file}: ${outcome.error}`);
      } else if (total <= PER_DOCUMENT_UP_TO) {
        const what =
          outcome.status === 'unchanged'
            ? 'unchanged, skipped'
            : `${n(outcome.paragraphs)} paragraphs, ${n(outcome.nodes)} nodes, ${n(outcome.relationships)} relationships`;
        log(
          `[${done}/${total}] ${outcome.status === 'loaded' ? 'loaded' : 'kept'} ${name}: ${what}, ${Math.round(outcome.ms)} ms`,
        );
      } else if (performance.now() - lastLine >= INTERVAL_MS || done === total) {
        lastLine = performance.now();
        log(`${n(done)}/${n(total)} documents, ${n(nodes)} nodes, ${n(relationships)} relationships, ${seconds()} s`);
      }
    },
    done(report) {
      const secs = report.elapsedMs / 1000;
      const parts = [`${report.loaded.length} loaded`];
      if (report.unchanged.length) parts.push(`${report.unchanged.length} unchanged`);
      if (report.failed.length) parts.push(`${report.failed.length} failed`);
      if (report.notAttempted.length) parts.push(`${report.notAttempted.length} not attempted`);
      log(
        `Documents: ${parts.join(', ')} of ${total} in ${secs.toFixed(1)} s; wrote ${n(report.paragraphs)} paragraphs, ` +
          `${n(report.nodes)} nodes, ${n(report.relationships)} relationships ` +
          `(${n(Math.round(report.relationships / Math.max(secs, 0.001)))} relationships/s)`,
      );
    },
  };
}
