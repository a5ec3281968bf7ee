// The score as a reader wants it on a terminal: one row per kind of target, then every miss and
// every false positive with its paragraph and words, so a change to the extractor shows what it
// gained and lost, not only a number.
import type { DocumentResult } from './score-corpus.ts';
import type { Identity } from './score-identity.ts';
import { targetKinds, type Counts, type Score, type ScoredCitation } from './score.ts';

/** A rate, or "-" when its denominator is zero and the rate says nothing. */
function rate(value: number, denominator: number): string {
  return denominator === 0 ? '-' : value.toFixed(2);
}

function row(label: string, c: Counts): string[] {
  return [
    label,
    String(c.gold),
    String(c.found),
    String(c.truePositives),
    rate(c.precision, c.found),
    rate(c.recall, c.gold),
    rate(c.f1, c.gold + c.found),
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .join('\n');
}

function line(c: ScoredCitation): string {
  const surface = c.surface ? `  "${c.surface}"` : '';
  const via = c.via === 'footnote' ? ' (footnote)' : '';
  return `  ${c.paragraph.padEnd(14)} ${c.target}${via}${surface}`;
}

export function formatScore(score: Score): string {
  const rows = [['kind', 'gold', 'found', 'TP', 'precision', 'recall', 'f1']];
  for (const kind of targetKinds) rows.push(row(kind, score.byKind[kind]));
  rows.push(row('all', score));
  const out = [`${score.document}`, table(rows)];
  const list = (title: string, items: ScoredCitation[]) => {
    if (items.length) out.push('', `${title} (${items.length}):`, ...items.map(line));
  };
  list('missed (in gold, not extracted)', score.falseNegatives);
  list('false positives (extracted, not in gold)', score.falsePositives);
  if (score.missingParagraphs.length) {
    out.push('', `gold paragraphs absent from the extraction: ${score.missingParagraphs.join(', ')}`);
  }
  if (score.unscored.length) {
    out.push(
      '',
      `not scored (outside preamble and operative paragraphs): ${score.unscored.length}`,
      ...score.unscored.map(line),
    );
  }
  return out.join('\n');
}

/** Per-document rows, then the micro average, then the identity figure and its splits. */
export function formatCorpus(results: DocumentResult[], micro: Counts, identity: Identity, details: boolean): string {
  const rows = [['document', 'gold', 'found', 'TP', 'precision', 'recall', 'f1']];
  for (const r of results) if (r.score) rows.push(row(r.document, r.score));
  rows.push(row('micro average', micro));
  const scored = results.filter((r) => r.score).length;
  const out = [`${scored} of ${results.length} gold documents scored`, table(rows)];
  const problems = results.filter((r) => r.problem);
  if (problems.length)
    out.push('', 'not scored:', ...problems.map((r) => `  ${r.document} (${r.source}): ${r.problem}`));
  const splits = (list: Identity['withinDocuments'], withDocs: boolean) =>
    list.map(
      (s) =>
        `  ${s.target}${withDocs ? ` [${s.documents.join(', ')}]` : ` (${s.documents[0]})`}: ${s.nodes.join(' | ')}`,
    );
  out.push(
    '',
    `identity: ${identity.withinDocuments.length} of ${identity.instruments} gold instruments became more than one node within a document;`,
    `          ${identity.acrossDocuments.length} of ${identity.distinctInstruments} distinct gold instruments became more than one node across documents`,
  );
  if (identity.withinDocuments.length) out.push('split within a document:', ...splits(identity.withinDocuments, false));
  const onlyAcross = identity.acrossDocuments.filter(
    (s) => !identity.withinDocuments.some((w) => w.target === s.target),
  );
  if (onlyAcross.length) out.push('split across documents:', ...splits(onlyAcross, true));
  if (details) for (const r of results) if (r.score) out.push('', '-'.repeat(72), formatScore(r.score));
  return out.join('\n');
}
