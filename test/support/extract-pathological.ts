// Child process of test/unit/seed/linear-time.test.ts and bench/seed/bench-linear.ts: generates
// one pathological input, says "ready" once its modules are loaded (so the parent's hang guard
// times the extraction alone), extracts it, and prints a summary of the record as one line of
// JSON, with the extraction's time (which the test ignores and the benchmark reports). One input
// per process: a fresh heap for each, so no input pays for the garbage of the one before.
import { readCatalogue } from '../../seed/catalogue/read-catalogue.ts';
import { extractText } from '../../seed/extract.ts';
import { type PathologicalKind, pathologicalInput } from './pathological-inputs.ts';

const [kind, bytes] = process.argv.slice(2) as [PathologicalKind, string];
const input = pathologicalInput(kind, Number(bytes));
const catalogue = readCatalogue();
// The catalogue's match index is built on the first extraction: not part of the time.
extractText('The General Assembly,\n\n1. Welcomes the Convention against Corruption;\n', {
  file: 'warm-up.txt',
  catalogue,
});
process.stdout.write('ready\n');
const started = performance.now();
const doc = extractText(input.text, { file: `${kind}.txt`, catalogue });
const ms = performance.now() - started;
const op1 = doc.paragraphs.find((p) => p.id === 'op-1');
const summary = {
  ms,
  count: input.count,
  length: input.text.length,
  operative: doc.paragraphs.filter((p) => p.section.endsWith('operative')).length,
  citations: doc.paragraphs.reduce((sum, p) => sum + p.citations.length, 0),
  targets: [...new Set(doc.paragraphs.flatMap((p) => p.citations.map((c) => c.target.kind)))].sort(),
  op1: op1
    ? {
        head: op1.text.slice(0, 40),
        length: op1.text.length,
        citations: op1.citations.length,
        targets: [...new Set(op1.citations.map((c) => c.target.id))].slice(0, 5),
      }
    : null,
  footnotes: doc.footnotes.length,
  footnoteIds: new Set(doc.footnotes.map((f) => f.id)).size,
  footnotesHeld: doc.footnotes.filter((f) => f.paragraph !== null).length,
  offsetsTrue: doc.paragraphs.every((p) => p.citations.every((c) => p.text.slice(c.start, c.end) === c.surface)),
  warnings: doc.warnings.length,
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
