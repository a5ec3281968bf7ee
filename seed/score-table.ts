// The score as a reader wants it on a terminal: one row per kind of target, then every miss and
// every false positive with its paragraph and words, so a change to the extractor shows what it
// gained and lost, not only a number.
import { targetKinds, type Counts, type Score, type ScoredCitation } from './score.ts';

/** A rate, or "-" when its denominator is zero and the rate says nothing. */
function rate(value: number, denominator: number): string {
  return denominator === 0 ? '-' : value.toFixed(2);
}

function row(label: string, c: Counts): string[] {
  return [label, String(c.gold), String(c.found), String(c.truePositives), rate(c.precision, c.found), rate(c.recall, c.gold), rate(c.f1, c.gold + c.found)];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
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
    out.push('', `not scored (outside preamble and operative paragraphs): ${score.unscored.length}`, ...score.unscored.map(line));
  }
  return out.join('\n');
}
