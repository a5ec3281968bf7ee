// Generated hostile documents, one per way a document can make an extractor superlinear: a long
// whitespace run, many paragraphs, many symbols, many footnotes, long lettered lists, deep
// parentheses. Each is a valid document of the genre (an opening, then operative paragraphs), so
// every stage runs on it, and each generator knows how many things it wrote, so a test can check
// they were all read. Shared by the hang-guard test and bench/seed/bench-linear.ts.

export const pathologicalKinds = [
  'whitespace',
  'paragraphs',
  'symbols',
  'footnotes',
  'lettered',
  'parentheses',
] as const;
export type PathologicalKind = (typeof pathologicalKinds)[number];

export interface PathologicalInput {
  text: string;
  /** How many paragraphs, symbols, footnotes or items the text holds (0 where nothing is counted). */
  count: number;
}

const opening = 'The General Assembly,\n\n';

/** Repeats `piece(i)` until the text reaches `bytes` characters (all ASCII, so bytes). */
function fill(bytes: number, head: string, piece: (i: number) => string, tail = ''): PathologicalInput {
  const parts = [head];
  let length = head.length + tail.length;
  let count = 0;
  for (;;) {
    const next = piece(count + 1);
    if (length + next.length > bytes) break;
    parts.push(next);
    length += next.length;
    count += 1;
  }
  parts.push(tail);
  return { text: parts.join(''), count };
}

/** "a" ... "z", then "aa" ... "zz": the labels subparagraphLine accepts. */
function letter(i: number): string {
  const a = 'abcdefghijklmnopqrstuvwxyz';
  const k = (i - 1) % (26 + 26 * 26);
  return k < 26 ? a[k]! : a[Math.floor((k - 26) / 26)]! + a[(k - 26) % 26]!;
}

const generators: Record<PathologicalKind, (bytes: number) => PathologicalInput> = {
  // The ReDoS of issue 16: one line padded with spaces (what a PDF tool leaves for a wide table).
  whitespace: (bytes) => {
    const head = `${opening}1. Welcomes the`;
    const tail = 'x\n';
    return { text: head + ' '.repeat(Math.max(0, bytes - head.length - tail.length)) + tail, count: 0 };
  },
  // Short numbered paragraphs, each citing the Convention, in annexes of 999 (paragraph numbers
  // have at most three digits).
  paragraphs: (bytes) =>
    fill(
      bytes,
      opening,
      (i) =>
        `${i % 999 === 1 ? `Annex ${Math.ceil(i / 999)}\n\n` : ''}${((i - 1) % 999) + 1}. Decides that the Convention against Corruption applies;\n\n`,
    ),
  // One long paragraph of resolution and document symbols, wrapped as a page wraps it.
  symbols: (bytes) =>
    fill(
      bytes,
      `${opening}1. Recalls `,
      (i) => `A/RES/${(i % 80) + 1}/${i}, resolution ${(i % 79) + 1}/${i + 7} and E/CN.15/${2000 + (i % 30)}/${i},\n`,
      'and A/RES/80/1;\n',
    ),
  // One paragraph with a glued marker on each line, and one footnote block holding every footnote.
  footnotes: (bytes) => {
    const line = (i: number) => `the Convention number ${i} on Things,${i}\n`;
    const note = (i: number) => `${i} United Nations, Treaty Series, vol. ${i}, No. ${i}.\n`;
    let n = 0;
    let size = opening.length + 40;
    while (size + line(n + 1).length + note(n + 1).length <= bytes) {
      n += 1;
      size += line(n).length + note(n).length;
    }
    const parts = [`${opening}1. Recalls `];
    for (let i = 1; i <= n; i += 1) parts.push(line(i));
    parts.push('and decides to act;\n__________________\n');
    for (let i = 1; i <= n; i += 1) parts.push(note(i));
    return { text: parts.join(''), count: n };
  },
  // "1. Decides:" and a list of lettered items, each one a line of its own.
  lettered: (bytes) =>
    fill(
      bytes,
      `${opening}1. Decides:\n\n`,
      (i) => `(${letter(i)}) To apply the Convention against Corruption in case ${i};\n`,
    ),
  // Parentheses nested as deep as the text allows, around words of titles.
  parentheses: (bytes) => {
    const open = '(Convention on Things ';
    const close = ' Protocol)';
    const depth = Math.max(0, Math.floor((bytes - 120) / (open.length + close.length)));
    return {
      text: `${opening}1. Welcomes the ${open.repeat(depth)}Treaty of Peace${close.repeat(depth)} and the Convention against Corruption;\n`,
      count: depth,
    };
  },
};

export function pathologicalInput(kind: PathologicalKind, bytes: number): PathologicalInput {
  return generators[kind](bytes);
}
