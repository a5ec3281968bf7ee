// Gold expectations: the citations a careful reader finds in one document, written by hand in
// gold/<corpus>/*.gold.json beside this file. Checked when read, so that a typo in a gold file fails
// naming the file and the entry, instead of silently counting as a miss or a false positive.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const targetKinds = ['instrument', 'resolution', 'document', 'group'] as const;

/**
 * Only the numbered parts of a resolution are scored: its preamble clauses, its operative
 * paragraphs and the same in an annex. Titles, headings and notes are not paragraphs a reader
 * cites from, and their ids are the extractor's own business.
 */
export const scoredParagraph = /^(?:annex-)?(?:preamble|op)-\d+$/;

const GoldCitation = z
  .object({
    paragraph: z.string().regex(scoredParagraph, 'expected preamble-N, op-N, annex-preamble-N or annex-op-N'),
    /** Catalogue id, normalised symbol, or `uncatalogued:<slug>`. */
    target: z
      .string()
      .min(1)
      .refine((t) => t === t.trim(), 'no leading or trailing spaces'),
    kind: z.enum(targetKinds),
    via: z.enum(['text', 'footnote']),
    /** The words of the text, for the reader of a miss list; not compared. */
    surface: z.string().optional(),
    /** The title as the text gives it; required for uncatalogued instruments. */
    title: z.string().optional(),
    /** Why a judgement call went the way it did. */
    note: z.string().optional(),
  })
  .strict()
  .refine((c) => !c.target.startsWith('uncatalogued:') || (c.kind === 'instrument' && c.title !== undefined), {
    message: 'an uncatalogued target must be an instrument with a title',
  });

export const GoldFile = z
  .object({
    document: z.string().min(1),
    source: z.string().min(1),
    notes: z.string(),
    citations: z.array(GoldCitation),
  })
  .strict();

export type GoldCitation = z.infer<typeof GoldCitation>;
export type GoldFile = z.infer<typeof GoldFile>;

export class GoldFileError extends Error {
  override name = 'GoldFileError';
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** Names the entry by its index and, when readable, by its paragraph and target, then the field. */
function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  const [top, index, ...field] = issue.path;
  if (top === 'citations' && typeof index === 'number') {
    const entry = (data as { citations?: unknown[] }).citations?.[index] as Record<string, unknown> | undefined;
    const label =
      entry && typeof entry === 'object'
        ? ` (paragraph ${JSON.stringify(entry.paragraph)}, target ${JSON.stringify(entry.target)})`
        : '';
    return `citations[${index}]${label}${field.length ? `, field ${field.map(String).join('.')}` : ''}: ${issue.message}`;
  }
  return `${path || 'file'}: ${issue.message}`;
}

/** Validates parsed JSON; `file` only names the source in the error. */
export function parseGold(data: unknown, file: string): GoldFile {
  const result = GoldFile.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => describeIssue(data, i));
    const more = result.error.issues.length > 5 ? `\n  ... and ${result.error.issues.length - 5} more` : '';
    throw new GoldFileError(file, `invalid gold file:\n  ${issues.join('\n  ')}${more}`);
  }
  return result.data;
}

/** Reads, parses and validates a gold file; every failure names the file. */
export function loadGold(file: string): GoldFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new GoldFileError(file, `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GoldFileError(file, `not valid JSON: ${(error as Error).message}`);
  }
  return parseGold(data, file);
}
