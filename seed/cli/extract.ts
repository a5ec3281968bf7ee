// `npm run extract -- <file> [--json]`: reads one UN document and prints what it cites, without a
// database. Bad input prints the ExtractError message (file, line, problem) on one line and exits
// non-zero; output piped into `head` ends quietly when the pipe closes.
import { ExtractError, extractPath, maxFileBytes } from '../extract.ts';
import { maxPdfPages } from '../pdf/limits.ts';
import type { ExtractedDocument } from '../extracted-document.ts';
import { parseCommandArgs, UsageError } from './command-line.ts';

const usage = `Usage: npm run --silent extract -- <file> [--json]

Reads a UN document, as the official PDF or as plain text (a resolution, a declaration, a
note, PDF-to-text output included), and prints its paragraphs with the instruments,
resolutions, documents and groups each one cites, the bodies it mentions and its themes.
The format is told by the file's content, not its name.

  <file>    the document: a PDF with a text layer, or plain text
  --json    print the ExtractedDocument record (seed/extracted-document.ts) as JSON
  --help    show this help

Files above ${maxFileBytes / 1048576} MB are refused, and PDFs above ${maxPdfPages} pages. Text must be UTF-8 or
UTF-16; other bytes are refused with the line of the first one that is not UTF-8 (convert with
iconv first). A PDF must have a text layer (run OCR on a scan first) and no password.

Exit status: 0 on success, 1 when the file cannot be read as a document, 2 on a usage error,
3 on an internal error (a bug: please report it with the file).`;

function summary(doc: ExtractedDocument, file: string): string {
  const out: string[] = [];
  const { symbol, title, date, kind } = doc.document;
  out.push(
    `${symbol || '(no symbol)'} — ${title || '(no title)'}${date ? ` (${date})` : ''}${kind ? ` [${kind}]` : ''}`,
  );
  const citations = doc.paragraphs.reduce((n, p) => n + p.citations.length, 0);
  const mentions = doc.paragraphs.reduce((n, p) => n + p.mentions.length, 0);
  out.push(
    `${doc.paragraphs.length} paragraphs, ${doc.footnotes.length} footnotes, ${citations} citations, ${mentions} mentions`,
    '',
  );
  for (const p of doc.paragraphs) {
    const head = p.text.length > 72 ? `${p.text.slice(0, 72)}…` : p.text;
    out.push(`${p.id}${p.pages?.length ? `  (p. ${p.pages.join('–')})` : ''}  ${head}`);
    for (const c of p.citations) {
      const how = c.via === 'footnote' ? `footnote ${c.footnote}` : 'text';
      const what =
        c.target.title && c.target.kind === 'instrument'
          ? ` — ${c.target.title}`
          : c.target.date
            ? ` of ${c.target.date}`
            : '';
      const extra = [
        c.target.annex ? (c.target.annex === 'annex' ? 'annex' : `annex ${c.target.annex}`) : '',
        c.target.unts ? `UNTS ${c.target.unts.volume}/${c.target.unts.number}` : '',
        c.target.uncatalogued ? 'uncatalogued' : '',
      ]
        .filter(Boolean)
        .join(', ');
      out.push(
        `    cites ${c.target.kind} ${c.target.id}${what}${extra ? ` (${extra})` : ''}  via ${how}: “${c.surface}”`,
      );
    }
    for (const m of p.mentions) out.push(`    mentions ${m.target.title}: “${m.surface}”`);
    if (p.themes.length) out.push(`    themes: ${p.themes.join(', ')}`);
  }
  if (doc.warnings.length) out.push('', 'Warnings:', ...doc.warnings.map((w) => `  ${file}: ${w}`));
  return out.join('\n');
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return 0;
  }
  let parsed: { json: boolean; file: string };
  try {
    const { values, positionals } = parseCommandArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' } },
    });
    if (positionals.length !== 1)
      throw new UsageError(positionals.length ? `expected one file, got ${positionals.length}` : 'expected one file');
    parsed = { json: values.json === true, file: positionals[0]! };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  try {
    const doc = await extractPath(parsed.file);
    process.stdout.write(`${parsed.json ? JSON.stringify(doc, null, 2) : summary(doc, parsed.file)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ExtractError) {
      console.error(`extract: ${err.message}`);
      return 1;
    }
    // Not the input's fault: one line, no stack, and a distinct status.
    console.error(`extract: ${parsed.file}: internal error: ${(err as Error).message ?? String(err)}`);
    return 3;
  }
}

// `extract ... | head`: the reader went away; that is not an error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  console.error(`extract: cannot write the output (${err.code ?? err.message})`);
  process.exit(1);
});

process.exitCode = await main(process.argv.slice(2));
