// The extractor reads hostile documents in time linear in their size. One generated input of
// 1 MB per way a document can make it superlinear (test/support/pathological-inputs.ts) is
// extracted in a child process under a hang guard: the test fails if an extraction does not end,
// and otherwise asserts no timing (bench/seed/bench-linear.ts measures the growth). Each record is
// also checked for what a user relies on: every paragraph, footnote and citation is there.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type PathologicalKind, pathologicalKinds } from '../../support/pathological-inputs.ts';

const MB = 1024 * 1024;
/** Generous: a 1 MB input takes about a second; the ReDoS this guards against took hours. */
const HANG_GUARD_MS = 20_000;

interface Summary {
  count: number;
  length: number;
  operative: number;
  citations: number;
  targets: string[];
  op1: { head: string; length: number; citations: number; targets: string[] } | null;
  footnotes: number;
  footnoteIds: number;
  footnotesHeld: number;
  offsetsTrue: boolean;
  warnings: number;
}

/** Extracts the input in a child; rejects if the extraction (not the child's start-up) outlasts the guard. */
function extractInChild(kind: PathologicalKind, bytes: number): Promise<Summary> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/support/extract-pathological.ts', kind, String(bytes)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let guard: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!guard && out.startsWith('ready\n')) {
        guard = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`extracting the ${kind} input did not end within ${HANG_GUARD_MS / 1000} s`));
        }, HANG_GUARD_MS);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.on('close', (code) => {
      clearTimeout(guard);
      if (code !== 0) return reject(new Error(`the child exited with ${code}: ${err}`));
      resolve(JSON.parse(out.slice('ready\n'.length)) as Summary);
    });
  });
}

const checks: Record<PathologicalKind, (s: Summary) => void> = {
  whitespace: (s) => expect(s.op1?.head).toBe('Welcomes the x'),
  paragraphs: (s) => {
    expect(s.operative).toBe(s.count);
    expect(s.citations).toBe(s.count);
    expect(s.warnings).toBe(2); // no symbol, no title: nothing about the paragraphs
  },
  symbols: (s) => {
    // Each piece holds a resolution symbol, a "resolution" reference and a document symbol.
    expect(s.citations).toBe(3 * s.count + 1);
    expect(s.targets).toEqual(['document', 'resolution']);
  },
  footnotes: (s) => {
    expect(s.count).toBeGreaterThan(999);
    expect(s.footnotes).toBe(s.count);
    expect(s.footnoteIds).toBe(s.count);
    expect(s.footnotesHeld).toBe(s.count);
    expect(s.op1?.citations).toBe(s.count);
  },
  lettered: (s) => {
    expect(s.operative).toBe(1);
    expect(s.op1?.head).toMatch(/^Decides: \(a\) To apply the Convention/);
    expect(s.op1?.citations).toBe(s.count);
  },
  parentheses: (s) => {
    expect(s.count).toBeGreaterThan(10_000);
    expect(s.op1?.targets).toContain('uncac');
  },
};

describe('the extractor on 1 MB pathological inputs, under a hang guard', () => {
  it.each(pathologicalKinds.map((k) => [k]))(
    '%s',
    async (kind) => {
      const summary = await extractInChild(kind, MB);
      expect(summary.length).toBeGreaterThan(0.9 * MB);
      expect(summary.offsetsTrue).toBe(true);
      checks[kind](summary);
    },
    HANG_GUARD_MS + 60_000,
  );
});
