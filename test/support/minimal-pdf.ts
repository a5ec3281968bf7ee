// Small PDFs written byte by byte for the hostile-input tests: each object at the offset the
// cross-reference table gives, so PDF.js reads them as valid files unless a test breaks one on purpose.

export interface MinimalPdfOptions {
  /** Text lines of one page, each drawn at 10 pt from the top down; none makes a page with no text (a scan). */
  lines?: string[];
  /** The /Count the page tree claims (a bomb claims millions). */
  claimedPages?: number;
  /** An /Encrypt dictionary whose user password is not the empty one. */
  encrypted?: boolean;
  /** Arrays nested this deep in the page's resources. */
  nesting?: number;
  /** A page tree of this many levels of ten kids each, all ending on the one page: 10^levels pages in a few hundred bytes. */
  treeLevels?: number;
}

const escapeText = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

export function minimalPdf(options: MinimalPdfOptions = {}): Uint8Array {
  const lines = options.lines ?? [];
  const content = lines.length
    ? `BT /F1 10 Tf 72 720 Td 14 TL ${lines.map((l) => `(${escapeText(l)}) Tj T*`).join(' ')} ET`
    : '0 0 0 rg 72 72 468 648 re f';
  const nested = options.nesting ? `/Deep ${'['.repeat(options.nesting)}${']'.repeat(options.nesting)}` : '';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [3 0 R] /Count ${options.claimedPages ?? 1} >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> ${nested} >> >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  if (options.treeLevels) {
    // Objects 6, 7, ...: each a Pages node whose ten kids are the next one; the last one's are the page.
    const levels = options.treeLevels;
    objects[1] = `<< /Type /Pages /Kids [${' 6 0 R'.repeat(10)}] /Count ${10 ** levels} >>`;
    for (let level = 1; level < levels; level += 1) {
      const kid = level === levels - 1 ? 3 : 6 + level;
      objects.push(`<< /Type /Pages /Kids [${` ${kid} 0 R`.repeat(10)}] /Count ${10 ** (levels - level)} >>`);
    }
  }
  if (options.encrypted) {
    // Standard security handler, revision 2: a U entry that the empty password does not produce.
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`);
  }
  const encrypt = options.encrypted
    ? ` /Encrypt ${objects.length} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`
    : '';
  return pdfFile(objects, encrypt);
}

/** A run of text at a place on the page, in PDF points from the page's foot. */
export interface Run {
  text: string;
  x: number;
  y: number;
  size: number;
  /** A superscript set right after the text (6.5 pt, raised 3.5 pt), as Word sets a footnote marker. */
  sup?: string;
  /** Text after the superscript, back on the baseline. */
  after?: string;
}

function drawRun(r: Run): string {
  const sup = r.sup
    ? ` /F1 6.5 Tf 3.5 Ts (${escapeText(r.sup)}) Tj 0 Ts /F1 ${r.size} Tf (${escapeText(r.after ?? '')}) Tj`
    : '';
  return `BT /F1 ${r.size} Tf ${r.x} ${r.y} Td (${escapeText(r.text)}) Tj${sup} ET`;
}

/** A PDF of several pages, each a list of runs drawn with Times-Roman: a layout made to order. */
export function layoutPdf(pages: Run[][]): Uint8Array {
  const font = 3 + pages.length * 2;
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, k) => `${3 + 2 * k} 0 R`).join(' ')}] /Count ${pages.length} >>`,
  ];
  for (const [k, runs] of pages.entries()) {
    const content = runs.map(drawRun).join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${4 + 2 * k} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`,
    );
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>');
  return pdfFile(objects);
}

/** The numbered objects written out with their cross-reference table and trailer. */
function pdfFile(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(out.length);
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
