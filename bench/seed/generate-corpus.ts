// Writes a synthetic corpus in the genre of the seed documents: General Assembly resolutions and
// congress declarations as plain text, with preamble clauses, numbered operative paragraphs,
// footnote blocks after "__________________" lines, page numbers and running symbols, Treaty
// Series references and resolution symbols. Instruments, bodies, groups and resolutions come from
// the catalogue, drawn with Zipf-like frequencies (its first entries are the most cited).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue, InstrumentEntry } from '../../seed/catalogue/schema.ts';
import * as words from './phrases.ts';
import { seededRandom, zipfWeights, type Random } from './random.ts';

export interface GeneratedDocument {
  symbol: string;
  fileName: string;
  text: string;
}

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** Paragraphs per document, about (the default gives ~40 with title and note paragraphs). */
  paragraphs?: number;
}

export function generateCorpus(catalogue: Catalogue, options: CorpusOptions): GeneratedDocument[] {
  const random = seededRandom(options.seed ?? 20_050_425);
  const symbols: string[] = [];
  const docs: GeneratedDocument[] = [];
  for (let i = 0; i < options.count; i++) {
    const doc = new DocumentWriter(catalogue, random, i, symbols, options.paragraphs ?? 38).write();
    symbols.push(doc.symbol);
    docs.push(doc);
  }
  return docs;
}

/** Writes the corpus as <dir>/<symbol with / as ->.txt files and returns their paths. */
export function writeCorpus(dir: string, docs: GeneratedDocument[]): string[] {
  mkdirSync(dir, { recursive: true });
  return docs.map((doc) => {
    const path = join(dir, doc.fileName);
    writeFileSync(path, doc.text);
    return path;
  });
}

const PARAGRAPHS_PER_PAGE = 6;

class DocumentWriter {
  private readonly isResolution: boolean;
  private readonly symbol: string;
  private readonly lines: string[] = [];
  private pageFootnotes: string[] = [];
  private marker = 0;
  private page = 1;
  private paragraphsOnPage = 0;
  private readonly named = new Set<string>();
  private readonly resolutions: Map<string, Catalogue['resolutions'][number]>;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly random: Random,
    private readonly index: number,
    private readonly earlier: string[],
    private readonly paragraphCount: number,
  ) {
    this.isResolution = index % 3 !== 2;
    this.symbol = this.isResolution ? `A/RES/90/${index + 1}` : `E/CN.15/2040/${index + 1}`;
    this.resolutions = new Map(catalogue.resolutions.map((r) => [r.symbol, r]));
  }

  write(): GeneratedDocument {
    const preamble = this.random.int(Math.round(this.paragraphCount * 0.3), Math.round(this.paragraphCount * 0.4));
    const operative = this.paragraphCount - preamble;
    if (this.isResolution) this.resolutionFront();
    else this.declarationFront();
    for (let i = 0; i < preamble; i++) this.paragraph(` ${this.preambleClause()}`);
    if (!this.isResolution) this.paragraph(' Declare as follows:');
    for (let n = 1; n <= operative; n++) this.paragraph(` ${n}. ${this.operativeClause(n === operative)}`);
    if (this.isResolution)
      this.paragraph(` ${this.random.int(40, 75)}th plenary meeting\n ${this.random.int(1, 20)} December 2035`);
    this.endPage();
    return { symbol: this.symbol, fileName: `${this.symbol.replace(/\//g, '-')}.txt`, text: this.lines.join('\n') };
  }

  private resolutionFront(): void {
    const r = this.random;
    this.lines.push(
      'United Nations',
      ` ${this.symbol}`,
      '',
      'General Assembly Distr.: General',
      ` ${r.int(1, 20)} December 2035`,
      '',
      'Ninetieth session',
      `Agenda item ${r.int(20, 140)}`,
      '',
      `Resolution adopted by the General Assembly on ${r.int(1, 20)} December 2035`,
      '',
      `[on the report of the Third Committee (A/90/${r.int(400, 600)})]`,
      '',
      `90/${this.index + 1}. ${this.title()}`,
      '',
      'The General Assembly,',
      '',
    );
  }

  private declarationFront(): void {
    const r = this.random;
    const city = r.pick(words.cities);
    this.lines.push(
      '   Twentieth United Nations Congress on Crime Prevention and ',
      'Criminal Justice ',
      ' ',
      '',
      '  Note by the Secretariat ',
      '',
    );
    this.paragraph(
      `1. The Twentieth United Nations Congress on Crime Prevention and Criminal Justice was held in ${city} from ${r.int(1, 9)} to ${r.int(12, 20)} April 2040.`,
    );
    this.paragraph(`2. The ${city} Declaration as adopted by the Congress is attached.*`);
    this.pageFootnotes.push(`   * E/CN.15/2040/${this.index}.`);
    this.endPage();
    this.lines.push(
      `   ${city} Declaration `,
      `  ${this.title()} `,
      ' ',
      ' We, the States Members of the United Nations, ',
      '',
    );
  }

  private title(): string {
    const theme = this.random.pick(this.catalogue.themes);
    return `${this.random.pick(['Strengthening', 'Promoting', 'Enhancing', 'Follow-up to'])} international cooperation on ${words.themeTerm(theme)}`;
  }

  private preambleClause(): string {
    const opener = this.random.pick(words.preambleOpeners);
    const parts = [`${opener} ${this.reference()}`];
    if (this.random.chance(0.4)) parts.push(`and the need to address ${this.themes()}`);
    parts.push(this.random.pick(words.tails));
    return `${parts.join(', ')},`;
  }

  private operativeClause(last: boolean): string {
    const r = this.random;
    const verb = this.isResolution ? r.pick(words.resolutionVerbs) : r.pick(words.declarationVerbs);
    let text = `${verb} ${r.pick(words.actors)} to ${r.pick(words.actions)} ${this.themes()}`;
    if (r.chance(0.55)) text += `, in accordance with ${this.reference()}`;
    if (r.chance(0.35)) text += `, in cooperation with ${this.body()}`;
    text += `, ${r.pick(words.tails)}`;
    if (r.chance(0.25))
      text += `. ${r.pick(['We also stress', 'It further stresses', 'We recognize'])} the role of ${this.body()} in supporting ${this.themes()} ${r.pick(words.tails)}`;
    return text + (last ? '.' : this.isResolution ? ';' : '.');
  }

  /** Something a clause refers to: an instrument (most often), a resolution, a group or a document. */
  private reference(): string {
    const r = this.random.next();
    if (r < 0.55) return this.instrument();
    if (r < 0.8) return this.resolution();
    if (r < 0.9) return words.groupName(this.random.pick(this.catalogue.groups));
    return this.document();
  }

  private instrument(): string {
    const entry = this.random.weighted(this.catalogue.instruments, zipfWeights(this.catalogue.instruments.length));
    const first = !this.named.has(entry.id);
    this.named.add(entry.id);
    const name = words.instrumentName(entry, first);
    const note = first ? words.instrumentFootnote(entry, this.resolutions) : undefined;
    return note ? `${name}${this.footnote(note)}` : name;
  }

  private resolution(): string {
    const r = this.random;
    if (r.chance(0.6)) {
      const entry = r.weighted(this.catalogue.resolutions, zipfWeights(this.catalogue.resolutions.length));
      return words.resolutionName(entry);
    }
    // Resolutions the catalogue lacks: an earlier one of this corpus, or an older session's.
    const earlierResolutions = this.earlier.filter((s) => s.startsWith('A/RES/'));
    if (earlierResolutions.length > 0 && r.chance(0.5)) {
      return `General Assembly resolution ${words.shortSymbol(r.pick(earlierResolutions))}`;
    }
    return `General Assembly resolution ${r.int(60, 79)}/${r.int(1, 320)} of ${r.int(1, 28)} ${r.pick(words.months)} ${r.int(2006, 2024)}`;
  }

  private document(): string {
    const earlierNotes = this.earlier.filter((s) => s.startsWith('E/CN.15/'));
    const symbol =
      earlierNotes.length > 0 && this.random.chance(0.5)
        ? this.random.pick(earlierNotes)
        : `A/90/${this.random.int(100, 700)}`;
    return `the report of the Secretary-General (${symbol})`;
  }

  private body(): string {
    return words.bodyName(this.random.weighted(this.catalogue.bodies, zipfWeights(this.catalogue.bodies.length, 1.1)));
  }

  private themes(): string {
    const a = this.random.pick(this.catalogue.themes.slice(0, 27));
    const b = this.random.pick(this.catalogue.themes.slice(0, 27));
    return a.id === b.id || this.random.chance(0.7)
      ? words.themeTerm(a)
      : `${words.themeTerm(a)} and ${words.themeTerm(b)}`;
  }

  private footnote(text: string): string {
    this.marker++;
    this.pageFootnotes.push(` ${this.marker}  ${text} `);
    return String(this.marker);
  }

  private paragraph(text: string): void {
    this.lines.push(...wrap(text, 84), '');
    if (++this.paragraphsOnPage >= PARAGRAPHS_PER_PAGE) this.endPage();
  }

  /** The footnote block, then the page furniture: page number and running symbol. */
  private endPage(): void {
    if (this.pageFootnotes.length > 0) this.lines.push('__________________ ', '', ...this.pageFootnotes, '');
    this.page++;
    this.lines.push('', ' ', ` ${this.page} `, ' ', '', ` ${this.symbol}`, '');
    this.pageFootnotes = [];
    this.paragraphsOnPage = 0;
  }
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const block of text.split('\n')) {
    let line = '';
    for (const word of block.split(' ')) {
      if (line.length > 0 && line.length + word.length + 1 > width) {
        out.push(`${line} `);
        line = word;
      } else {
        line = line.length > 0 || block.startsWith(' ') ? `${line} ${word}` : word;
      }
    }
    out.push(line);
  }
  return out.map((l) => l.replace(/^ {2,}/, ' '));
}

export type { InstrumentEntry };
